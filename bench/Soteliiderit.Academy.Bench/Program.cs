using Soteliiderit.Academy.Bench;

// bench/run SCENARIO [options]: prints figures, the last line one JSON object.
return args switch
{
    ["materials", .. var rest] => await MaterialsBenchmark.RunAsync(Options.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench/run materials [--size-mb N] (default 200)");
    return 2;
}
