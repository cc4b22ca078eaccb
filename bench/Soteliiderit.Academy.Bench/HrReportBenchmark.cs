using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.Bench;

/// <summary>
/// Seeds the HR report's volume on SQLite and then on PostgreSQL, each in an academy of its own, and times what HR
/// and the admin wait for over HTTP: the largest organization's dashboard (its queries, the national column with
/// them), the admin comparison of every organization, and the largest organization's whole CSV export, with how
/// much the academy's resident memory grew while it streamed.
/// </summary>
public static class HrReportBenchmark
{
    private const string Password = "Bench-salasana-2026";
    private const int DashboardRuns = 30;
    private const int ComparisonRuns = 5;
    private const int ChangeRuns = 5;
    private const double MiB = 1024 * 1024;

    public static async Task<int> RunAsync(HrReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Processes.RepositoryRoot();
        Console.WriteLine($"{options.Supervisors} supervisors in {options.Organizations} organizations (the largest {options.Largest}), {options.Courses} courses, {HrReportOptions.AssignedCourses} assigned to everyone");
        var results = new List<Dictionary<string, object>>();
        foreach (var provider in options.Providers)
        {
            results.Add(await RunOnAsync(root, provider, options));
        }

        Console.WriteLine();
        Console.WriteLine("provider   dashboard p50   p95   first   after a change   admin comparison   csv rows   csv s   csv memory growth");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r["provider"],-10} {r["dashboard_p50_ms"],10} ms {r["dashboard_p95_ms"],5} ms {r["first_dashboard_ms"],5} ms {r["dashboard_after_change_ms"],10} ms {r["admin_comparison_ms"],12} ms {r["csv_rows"],12} {r["csv_seconds"],7} {r["csv_memory_growth_mb"],10} MB"));
        }

        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["scenario"] = "hr-report",
            ["supervisors"] = options.Supervisors,
            ["courses"] = options.Courses,
            ["organizations"] = options.Organizations,
            ["results"] = results,
        }));
        return 0;
    }

    private static async Task<Dictionary<string, object>> RunOnAsync(string root, string provider, HrReportOptions options)
    {
        var work = Directory.CreateTempSubdirectory("academy-bench-hr-");
        try
        {
            await using var nodes = await AcademyNodes.StartAsync(root, work.FullName, 1, Password, clustered: provider == "postgres");
            var node = nodes.Nodes[0];
            var data = await HrReportSeed.SeedAsync(nodes.Storage, options, Password);
            Console.WriteLine($"{provider}: seeded {data.Rows} rows in {data.Took.TotalSeconds:0} s");
            using var hr = await SignedInAsync(node.Site, data.HrEmail);
            using var admin = await SignedInAsync(node.Site, DemoAccounts.Admin);

            var first = await TimesAsync(hr, "/api/hr/dashboard", 1, warmUps: 0);
            Console.WriteLine($"{provider}: first dashboard (counts the organization and the nation) {first[0]:0} ms");
            var dashboard = await TimesAsync(hr, "/api/hr/dashboard", DashboardRuns);
            Console.WriteLine($"{provider}: dashboard of the largest organization p50 {Percentile(dashboard, 0.5):0} ms, p95 {Percentile(dashboard, 0.95):0} ms ({DashboardRuns} runs)");
            var changed = await AfterChangesAsync(hr);
            Console.WriteLine($"{provider}: dashboard right after HR changed an assignment's due date, median {Percentile(changed, 0.5):0} ms ({ChangeRuns} runs)");
            var comparison = await TimesAsync(admin, "/api/admin/comparison", ComparisonRuns);
            Console.WriteLine($"{provider}: admin comparison median {Percentile(comparison, 0.5):0} ms ({ComparisonRuns} runs)");

            long csvRows;
            double csvSeconds;
            long growth;
            await using (var memory = new PeakMemory(node.Process.Id))
            {
                (csvRows, csvSeconds) = await CsvAsync(hr);
                growth = memory.Peak - memory.Baseline;
            }

            Console.WriteLine($"{provider}: CSV of the largest organization {csvRows} rows in {csvSeconds:0.00} s; resident memory grew {growth / MiB:0} MB");
            return new Dictionary<string, object>
            {
                ["provider"] = provider,
                ["dashboard_p50_ms"] = Math.Round(Percentile(dashboard, 0.5)),
                ["dashboard_p95_ms"] = Math.Round(Percentile(dashboard, 0.95)),
                ["first_dashboard_ms"] = Math.Round(first[0]),
                ["dashboard_after_change_ms"] = Math.Round(Percentile(changed, 0.5)),
                ["admin_comparison_ms"] = Math.Round(Percentile(comparison, 0.5)),
                ["csv_rows"] = csvRows,
                ["csv_seconds"] = Math.Round(csvSeconds, 2),
                ["csv_memory_growth_mb"] = Math.Round(growth / MiB, 1),
            };
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<HttpClient> SignedInAsync(Uri site, string email)
    {
        var client = new HttpClient { BaseAddress = site, Timeout = TimeSpan.FromMinutes(5) };
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Milliseconds of each run, after warm-up runs the figures leave out.</summary>
    private static async Task<List<double>> TimesAsync(HttpClient client, string path, int runs, int warmUps = 2)
    {
        var times = new List<double>(runs);
        for (var i = -warmUps; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            await SucceededAsync(response);
            await response.Content.CopyToAsync(Stream.Null);
            if (i >= 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    /// <summary>The dashboard's time when a row it counts has just changed: HR moves an assignment's due date, then looks.</summary>
    private static async Task<List<double>> AfterChangesAsync(HttpClient hr)
    {
        var assignments = await hr.GetFromJsonAsync<JsonElement>("/api/hr/assignments");
        var assignment = assignments.EnumerateArray().First().GetProperty("id").GetGuid();
        var times = new List<double>(ChangeRuns);
        for (var i = 0; i < ChangeRuns; i++)
        {
            using var moved = await hr.PutAsJsonAsync($"/api/hr/assignments/{assignment}/due-date", new { dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30 + i) });
            await SucceededAsync(moved);
            times.AddRange(await TimesAsync(hr, "/api/hr/dashboard", 1, warmUps: 0));
        }

        return times;
    }

    /// <summary>A failed call stops the benchmark with the academy's own answer, so a slow figure is never a fast error.</summary>
    private static async Task SucceededAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<(long Rows, double Seconds)> CsvAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/hr/completions.csv?separator=semicolon", HttpCompletionOption.ResponseHeadersRead);
        await SucceededAsync(response);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var lines = 0L;
        while (await reader.ReadLineAsync() is not null)
        {
            lines++;
        }

        return (lines - 1, clock.Elapsed.TotalSeconds);
    }

    private static double Percentile(List<double> times, double share)
    {
        var sorted = times.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(share * sorted.Count) - 1)];
    }
}
