using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Soteliiderit.Academy.Materials.AzureBlob;

namespace Soteliiderit.Academy.Bench;

/// <summary>
/// Uploads one file through the academy's resumable upload (blocks of the academy's size, a few in flight, then
/// the completion, which reads the whole file back to check it) and downloads it (streamed through the app), and
/// in the same run moves the same bytes straight to Azurite with the SDK: a block upload with the same block size
/// and blocks in flight (the limit for a streamed, resumable upload), one Put Blob (faster, but neither), one Get.
/// Also reports how much the academy's resident memory grew while it moved the file.
/// </summary>
public static class MaterialsBenchmark
{
    private const string Password = "Bench-salasana-2026";
    private const double MiB = 1024 * 1024;
    private const string EmulatorAccount = "devstoreaccount1";
    private const string EmulatorKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const int BlockMegabytes = 8;
    private const int InFlight = 3;

    public static async Task<int> RunAsync(Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Processes.RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("academy-bench-");
        var azuritePort = Processes.FreePort();
        var appPort = Processes.FreePort();
        var azurite = Processes.Start(Path.Combine(root, "node_modules", ".bin", "azurite-blob"),
            ["--blobHost", "127.0.0.1", "--blobPort", $"{azuritePort}", "--inMemoryPersistence", "--disableTelemetry", "--silent"]);
        var connectionString = $"DefaultEndpointsProtocol=http;AccountName={EmulatorAccount};AccountKey={EmulatorKey};BlobEndpoint=http://127.0.0.1:{azuritePort}/{EmulatorAccount}";
        var app = Processes.Start("dotnet", [Path.Combine(root, "src", "Soteliiderit.Academy.Web", "bin", "Release", "net10.0", "Soteliiderit.Academy.Web.dll")], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{appPort}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Academy__DataDirectory"] = Path.Combine(work.FullName, "data"),
            ["Academy__Demo__Seed"] = "true",
            ["Academy__Demo__Password"] = Password,
            ["Academy__Materials__Provider"] = "AzureBlob",
            ["Academy__Materials__ConnectionString"] = connectionString,
            ["Academy__Materials__Downloads"] = "Stream",
            ["Academy__Materials__MaxUploadMegabytes"] = $"{options.SizeMegabytes + 16}",
            ["Academy__Materials__UploadBlockMegabytes"] = $"{BlockMegabytes}",
        }, Path.Combine(root, "src", "Soteliiderit.Academy.Web"));
        try
        {
            var site = new Uri($"http://127.0.0.1:{appPort}");
            await Processes.WaitForAsync(new Uri(site, "/healthz"), app);
            var file = Path.Combine(work.FullName, "recording.mp4");
            var bytes = WriteRecording(file, options.SizeMegabytes);
            Console.WriteLine($"File: {bytes / MiB:0} MB, blocks of {BlockMegabytes} MB, {InFlight} in flight; academy pid {app.Id}, Azurite on port {azuritePort}");

            using var academy = new HttpClient { BaseAddress = site, Timeout = Timeout.InfiniteTimeSpan };
            academy.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(academy));
            await WarmUpAsync(academy, work.FullName);

            double upload, download;
            long growth;
            await using (var memory = new PeakMemory(app.Id))
            {
                var (id, sent, completed) = await ResumableUpload.RunAsync(academy, file, InFlight);
                var uploadSeconds = sent + completed;
                upload = bytes / MiB / uploadSeconds;
                Console.WriteLine($"Through the academy: resumable upload {upload:0.0} MB/s ({uploadSeconds:0.00} s: blocks {sent:0.00} s, completion {completed:0.00} s); resident memory grew {(memory.Peak - memory.Baseline) / MiB:0} MB");
                var downloadSeconds = await DownloadAsync(academy, $"/api/materials/{id}/download", bytes);
                download = bytes / MiB / downloadSeconds;
                Console.WriteLine($"Through the academy: download {download:0.0} MB/s ({downloadSeconds:0.00} s)");
                growth = memory.Peak - memory.Baseline;
                Console.WriteLine($"Academy resident memory: {memory.Baseline / MiB:0} MB before, {memory.Peak / MiB:0} MB at the peak, grew {growth / MiB:0} MB");
            }

            var direct = new DirectBlob(connectionString);
            await direct.CreateContainerAsync();
            var blockUpload = bytes / MiB / await direct.BlockUploadAsync(file, BlockMegabytes * 1024 * 1024, InFlight);
            Console.WriteLine($"Straight to Azurite: block upload {blockUpload:0.0} MB/s");
            var put = bytes / MiB / await direct.PutAsync(file, bytes);
            Console.WriteLine($"Straight to Azurite: one Put Blob {put:0.0} MB/s");
            var get = bytes / MiB / await direct.GetAsync(bytes);
            Console.WriteLine($"Straight to Azurite: GET {get:0.0} MB/s");
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["scenario"] = "materials",
                ["size_mb"] = options.SizeMegabytes,
                ["upload_mb_s"] = Math.Round(upload, 1),
                ["direct_block_upload_mb_s"] = Math.Round(blockUpload, 1),
                ["direct_put_mb_s"] = Math.Round(put, 1),
                ["upload_ratio"] = Math.Round(upload / blockUpload, 2),
                ["download_mb_s"] = Math.Round(download, 1),
                ["direct_get_mb_s"] = Math.Round(get, 1),
                ["download_ratio"] = Math.Round(download / get, 2),
                ["memory_growth_mb"] = Math.Round(growth / MiB, 1),
            }));
            return 0;
        }
        finally
        {
            await Processes.StopAsync(app);
            await Processes.StopAsync(azurite);
            work.Delete(recursive: true);
        }
    }

    /// <summary>An MP4 "ftyp" box and then random bytes, so the academy's content check accepts it and nothing compresses.</summary>
    private static long WriteRecording(string path, int megabytes)
    {
        using var file = File.Create(path);
        var chunk = new byte[1024 * 1024];
        var random = new Random(megabytes);
        for (var i = 0; i < megabytes; i++)
        {
            random.NextBytes(chunk);
            if (i == 0)
            {
                byte[] ftyp = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];
                ftyp.CopyTo(chunk, 0);
            }

            file.Write(chunk);
        }

        return file.Length;
    }

    private static async Task<string> SignInAsync(HttpClient academy)
    {
        using var response = await academy.PostAsJsonAsync("/api/auth/login", new { email = "facilitator@academy.test", password = Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    // The first request of each kind pays for JIT and connection set-up; that is not what is measured.
    private static async Task WarmUpAsync(HttpClient academy, string folder)
    {
        var small = Path.Combine(folder, "warm-up.mp4");
        var length = WriteRecording(small, 4);
        var (id, _, _) = await ResumableUpload.RunAsync(academy, small, InFlight);
        await DownloadAsync(academy, $"/api/materials/{id}/download", length);
    }

    private static async Task<double> DownloadAsync(HttpClient client, string address, long expected)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(address, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var received = await Drain(await response.Content.ReadAsStreamAsync());
        var seconds = clock.Elapsed.TotalSeconds;
        return received == expected ? seconds : throw new InvalidOperationException($"Received {received} of {expected} bytes.");
    }

    public static async Task<long> Drain(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }
}
