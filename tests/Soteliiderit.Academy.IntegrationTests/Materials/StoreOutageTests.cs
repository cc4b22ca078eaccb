using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.IntegrationTests.MaterialStores;
using Soteliiderit.Academy.Tests.Materials;
using Soteliiderit.Academy.Web.Features.Materials;

namespace Soteliiderit.Academy.IntegrationTests.Materials;

/// <summary>
/// The academy on an Azurite of its own, which the test stops in the middle of an upload and starts again. Azurite
/// keeps what it stores on disk, as the real service would, so blocks staged before the outage are there after it.
/// </summary>
public sealed class OutageMaterialsApp : MaterialsApp
{
    private readonly string _azuriteFolder = Directory.CreateTempSubdirectory("academy-azurite-").FullName;

    public Azurite Azurite { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Azurite = await Azurite.StartOwnAsync(LoopbackPorts.Free(), _azuriteFolder);
        Settings["Academy:Materials:Provider"] = "AzureBlob";
        Settings["Academy:Materials:ConnectionString"] = Azurite.ConnectionString;
        Settings["Academy:Materials:StoreRetries"] = "1";
        // 1 MiB blocks: the test stops the store after the first block of a 1.5 MB recording is staged.
        Settings["Academy:Materials:BlockMegabytes"] = "1";
        await base.InitializeAsync();
    }

    public async Task StopStoreAsync() => await Azurite.StopAsync();

    public async Task StartStoreAgainAsync() => Azurite = await Azurite.StartOwnAsync(Azurite.Port, _azuriteFolder);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Azurite.DisposeAsync();
        Directory.Delete(_azuriteFolder, recursive: true);
    }
}

public sealed class StoreOutageTests(OutageMaterialsApp app) : IClassFixture<OutageMaterialsApp>
{
    [Fact]
    public async Task When_the_store_dies_mid_upload_the_answer_is_503_nothing_is_recorded_and_the_retry_works()
    {
        var bytes = SampleFiles.Mp4(1_500_000);
        var before = await app.QueryAsync(db => db.Materials.CountAsync());
        using var facilitator = await app.ApiAs("facilitator@academy.test");
        facilitator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");

        using var broken = await facilitator.PostAsync("/api/materials", new PausingContent(Upload(bytes), pauseAfter: 1_200_000, app.StopStoreAsync));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        Assert.Contains("Inget sparades", (await Problem.ReadAsync(broken)).Detail, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Materials.CountAsync()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Anonymous().GetAsync("/healthz")).StatusCode);

        await app.StartStoreAgainAsync();
        using var retried = await facilitator.PostAsync("/api/materials", Upload(bytes));

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        var id = (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var download = await facilitator.GetAsync($"/api/materials/{id}/download?inline=true");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(before + 1, await app.QueryAsync(db => db.Materials.CountAsync()));
    }

    [Fact]
    public async Task When_the_store_dies_between_two_blocks_that_block_is_503_and_succeeds_once_it_is_back()
    {
        var bytes = SampleFiles.Mp4(700_000);
        using var facilitator = await app.ApiAs("facilitator@academy.test");
        facilitator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");
        var upload = await BlockUploads.StartAsync(facilitator, "tallenne.mp4", bytes);
        using var first = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 0, BlockUploads.Block(bytes, upload, 0));

        await app.StopStoreAsync();
        using var during = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 1, BlockUploads.Block(bytes, upload, 1));
        var heldDuring = (await facilitator.GetFromJsonAsync<UnfinishedUpload>($"/api/materials/uploads/{upload.UploadId}"))!.ReceivedBlocks;
        await app.StartStoreAgainAsync();
        using var completed = await BlockUploads.UploadRestAndCompleteAsync(facilitator, bytes, upload, new() { ["title"] = "Webinaarin tallenne" });

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Contains("Inget sparades", (await Problem.ReadAsync(during)).Detail, StringComparison.Ordinal);
        Assert.Equal([0], heldDuring);
        Assert.Equal(HttpStatusCode.Created, completed.StatusCode);
        var id = (await completed.Content.ReadFromJsonAsync<UploadedMaterial>())!.Id;
        using var download = await facilitator.GetAsync($"/api/materials/{id}/download?inline=true");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }

    private static MultipartFormDataContent Upload(byte[] bytes)
    {
        var content = new MultipartFormDataContent { { new StringContent("Webinaarin tallenne"), "title" } };
        content.Add(new ByteArrayContent(bytes), "file", "tallenne.mp4");
        return content;
    }

    /// <summary>Sends the first bytes of a body, runs something (stops the store), then sends the rest.</summary>
    private sealed class PausingContent : HttpContent
    {
        private readonly HttpContent inner;
        private readonly int pauseAfter;
        private readonly Func<Task> duringPause;

        public PausingContent(HttpContent inner, int pauseAfter, Func<Task> duringPause)
        {
            (this.inner, this.pauseAfter, this.duringPause) = (inner, pauseAfter, duringPause);
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override void SerializeToStream(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken) =>
            SerializeToStreamAsync(stream, context, cancellationToken).GetAwaiter().GetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var bytes = await inner.ReadAsByteArrayAsync();
            await stream.WriteAsync(bytes.AsMemory(0, pauseAfter));
            await stream.FlushAsync();
            await duringPause();
            await stream.WriteAsync(bytes.AsMemory(pauseAfter));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
