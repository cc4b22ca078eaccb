using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Soteliiderit.Academy.Materials.AzureBlob;

namespace Soteliiderit.Academy.Bench;

/// <summary>
/// Uploads and downloads one file through the academy (Azure Blob store on Azurite, downloads streamed through
/// the app) and, in the same run, PUTs and GETs the same bytes straight to Azurite: the academy's overhead is
/// the ratio between the two. Also reports how much the academy's resident memory grew while it moved the file.
/// </summary>
public static class MaterialsBenchmark
{
    private const string Password = "Bench-salasana-2026";
    private const double MiB = 1024 * 1024;
    private const string EmulatorAccount = "devstoreaccount1";
    private const string EmulatorKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

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
        }, Path.Combine(root, "src", "Soteliiderit.Academy.Web"));
        try
        {
            var site = new Uri($"http://127.0.0.1:{appPort}");
            await Processes.WaitForAsync(new Uri(site, "/healthz"), app);
            var file = Path.Combine(work.FullName, "recording.mp4");
            var bytes = WriteRecording(file, options.SizeMegabytes);
            Console.WriteLine($"File: {bytes / MiB:0} MB, academy pid {app.Id}, Azurite on port {azuritePort}");

            using var academy = new HttpClient { BaseAddress = site, Timeout = Timeout.InfiniteTimeSpan };
            academy.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(academy));
            await WarmUpAsync(academy, work.FullName);

            double upload, download;
            long growth;
            Guid id;
            await using (var memory = new PeakMemory(app.Id))
            {
                (id, var uploadSeconds) = await UploadAsync(academy, file);
                upload = bytes / MiB / uploadSeconds;
                Console.WriteLine($"Through the academy: upload {upload:0.0} MB/s ({uploadSeconds:0.00} s)");
                var downloadSeconds = await DownloadAsync(academy, $"/api/materials/{id}/download", bytes);
                download = bytes / MiB / downloadSeconds;
                Console.WriteLine($"Through the academy: download {download:0.0} MB/s ({downloadSeconds:0.00} s)");
                growth = memory.Peak - memory.Baseline;
                Console.WriteLine($"Academy resident memory: {memory.Baseline / MiB:0} MB before, {memory.Peak / MiB:0} MB at the peak, grew {growth / MiB:0} MB");
            }

            var direct = new DirectBlob(connectionString);
            await direct.CreateContainerAsync();
            var baselineUpload = bytes / MiB / await direct.PutAsync(file, bytes);
            Console.WriteLine($"Straight to Azurite: PUT {baselineUpload:0.0} MB/s");
            var baselineDownload = bytes / MiB / await direct.GetAsync(bytes);
            Console.WriteLine($"Straight to Azurite: GET {baselineDownload:0.0} MB/s");

            await StoreAloneAsync(connectionString, file, bytes);
            var stored = await StoredBlobAsync(connectionString, id);
            var sameBlob = bytes / MiB / await direct.GetAsync("materials", stored, bytes);
            Console.WriteLine($"Straight to Azurite: GET of the blob the academy stored (made of blocks) {sameBlob:0.0} MB/s; academy download / that = {download / sameBlob:0.00}");
            var ratio = Math.Min(upload / baselineUpload, download / baselineDownload);
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["scenario"] = "materials",
                ["size_mb"] = options.SizeMegabytes,
                ["upload_mb_s"] = Math.Round(upload, 1),
                ["download_mb_s"] = Math.Round(download, 1),
                ["baseline_upload_mb_s"] = Math.Round(baselineUpload, 1),
                ["baseline_download_mb_s"] = Math.Round(baselineDownload, 1),
                ["ratio"] = Math.Round(ratio, 2),
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

    private static async Task<string> StoredBlobAsync(string connectionString, Guid id)
    {
        var store = AzureBlobMaterialStore.Create(connectionString, "materials");
        await foreach (var blob in store.ListAsync($"materials/{id:N}/"))
        {
            return blob.Name;
        }

        throw new InvalidOperationException("The academy's blob is not in the container.");
    }

    /// <summary>The academy's Blob client on its own, without HTTP in front: tells the client's cost from the web layer's.</summary>
    private static async Task StoreAloneAsync(string connectionString, string file, long bytes)
    {
        var store = AzureBlobMaterialStore.Create(connectionString, "store-alone");
        await using (var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan))
        {
            var clock = Stopwatch.StartNew();
            await store.UploadAsync("bench/recording", source, "video/mp4");
            Console.WriteLine($"Blob client alone (block upload): {bytes / MiB / clock.Elapsed.TotalSeconds:0.0} MB/s");
        }

        var reading = Stopwatch.StartNew();
        await using var download = (await store.OpenReadAsync("bench/recording"))!;
        await Drain(download.Content);
        Console.WriteLine($"Blob client alone (streamed read): {bytes / MiB / reading.Elapsed.TotalSeconds:0.0} MB/s");
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
        var (id, _) = await UploadAsync(academy, small);
        await DownloadAsync(academy, $"/api/materials/{id}/download", length);
    }

    private static async Task<(Guid Id, double Seconds)> UploadAsync(HttpClient academy, string path)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var content = new MultipartFormDataContent { { new StringContent("Benchmark recording"), "title" } };
        var body = new StreamContent(file, 1 << 20);
        body.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        content.Add(body, "file", Path.GetFileName(path));
        var clock = Stopwatch.StartNew();
        using var response = await academy.PostAsync("/api/materials", content);
        var seconds = clock.Elapsed.TotalSeconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), seconds);
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
