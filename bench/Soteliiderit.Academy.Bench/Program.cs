using System.Globalization;
using Soteliiderit.Academy.Bench;

// bench/run SCENARIO [options]: prints figures, the last line one JSON object.
return args switch
{
    ["materials", .. var rest] => await MaterialsBenchmark.RunAsync(Options.Parse(rest)),
    ["webinar", .. var rest] => await WebinarBenchmark.RunAsync(WebinarOptions.Parse(rest)),
    ["failover", .. var rest] => await FailoverBenchmark.RunAsync(FailoverOptions.Parse(rest)),
    ["hr-report", .. var rest] => await HrReportBenchmark.RunAsync(HrReportOptions.Parse(rest)),
    // Not for people: the webinar scenario starts its baseline server as a process of its own with this.
    ["baseline-server", "--port", var port] => await BaselineServer.RunAsync(int.Parse(port, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench/run materials [--size-mb N] (default 200)");
    Console.Error.WriteLine("       bench/run webinar [--attendees N] [--rate R] [--seconds S] [--per-process P] [--nodes K] (defaults 1000, 2, 30, 2500, 1)");
    Console.Error.WriteLine("       bench/run failover [--attendees N] [--rate R] [--seconds S] (defaults 2000, 4, 30)");
    Console.Error.WriteLine("       bench/run hr-report [--supervisors N] [--courses C] [--organizations O] [--providers sqlite,postgres] (defaults 50000, 30, 300, both)");
    return 2;
}
