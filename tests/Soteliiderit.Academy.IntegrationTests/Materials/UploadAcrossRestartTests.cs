using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Soteliiderit.Academy.IntegrationTests.Webinars;
using Soteliiderit.Academy.Tests.Materials;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Materials;

namespace Soteliiderit.Academy.IntegrationTests.Materials;

/// <summary>An upload in blocks outlives the academy process: a SIGKILL loses only the blocks in flight.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit 2 disposes a test class through IAsyncLifetime; it does not call IAsyncDisposable.")]
public sealed class UploadAcrossRestartTests : IAsyncLifetime
{
    private readonly AcademyStorage _storage = new() { More = { ["Academy__Materials__UploadBlockMegabytes"] = "0.25" } };

    [Fact]
    public async Task An_upload_cut_by_a_killed_academy_continues_after_the_restart_from_the_blocks_it_had()
    {
        var bytes = SampleFiles.Mp4(1_000_000);
        UploadStarted upload;
        await using (var before = await AcademyProcess.StartAsync(_storage, "before the kill"))
        {
            using var api = await ApiAsync(before);
            upload = await BlockUploads.StartAsync(api, "tallenne.mp4", bytes);
            (await BlockUploads.PutBlockAsync(api, upload.UploadId, 0, BlockUploads.Block(bytes, upload, 0))).EnsureSuccessStatusCode();
            (await BlockUploads.PutBlockAsync(api, upload.UploadId, 2, BlockUploads.Block(bytes, upload, 2))).EnsureSuccessStatusCode();
            Assert.Equal(137, await before.KillHardAsync());
        }

        await using var after = await AcademyProcess.StartAsync(_storage, "after the restart");
        using var again = await ApiAsync(after);
        var held = await again.GetFromJsonAsync<List<UnfinishedUpload>>("/api/materials/uploads");
        using var completed = await BlockUploads.UploadRestAndCompleteAsync(again, bytes, upload, new() { ["title"] = "Webinaarin tallenne" });

        Assert.Equal([0, 2], Assert.Single(held!).ReceivedBlocks);
        Assert.Equal(HttpStatusCode.Created, completed.StatusCode);
        var material = (await completed.Content.ReadFromJsonAsync<UploadedMaterial>())!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), material.Sha256);
        Assert.Equal(bytes, await again.GetByteArrayAsync($"/api/materials/{material.Id}/download?inline=true"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    private static async Task<HttpClient> ApiAsync(AcademyProcess academy)
    {
        var api = new HttpClient { BaseAddress = academy.Site };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await academy.SignInAsync(DemoAccounts.Facilitator));
        return api;
    }
}
