using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soteliiderit.Academy.Materials.FileSystem;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Tests.Materials;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Materials;

namespace Soteliiderit.Academy.IntegrationTests.Materials;

public sealed class ResumableUploadsOnDiskTests(DiskMaterialsApp app) : ResumableUploadTests<DiskMaterialsApp>(app)
{
    [Fact]
    public async Task An_expired_upload_leaves_no_staged_block_on_disk_once_swept()
    {
        var store = (FileSystemMaterialStore)App.Store;
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var bytes = SampleFiles.Pdf(600_000);
        var upload = await BlockUploads.StartAsync(facilitator, "vanha.pdf", bytes);
        var before = store.PartFileCount;
        await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 0, BlockUploads.Block(bytes, upload, 0));
        await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 1, BlockUploads.Block(bytes, upload, 1));
        Assert.Equal(before + 2, store.PartFileCount);

        await ExpireAsync(upload.UploadId);
        await SweepAsync();

        Assert.Equal(before, store.PartFileCount);
    }
}

public sealed class ResumableUploadsOnAzuriteTests(AzuriteMaterialsApp app) : ResumableUploadTests<AzuriteMaterialsApp>(app);

/// <summary>Uploads in blocks through the API, on both stores: resumed from what the academy holds, and refused where they should be.</summary>
public abstract class ResumableUploadTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MaterialsApp
{
    protected TApp App { get; } = app;

    private DateTime Now => App.Service<TimeProvider>().GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Blocks_sent_out_of_order_and_one_sent_twice_become_the_same_file_once_completed()
    {
        var bytes = SampleFiles.Pdf(1_100_000);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var upload = await BlockUploads.StartAsync(facilitator, "Etäjohtamisen opas.pdf", bytes);
        Assert.Equal((MaterialsApp.UploadBlockBytes, 5), (upload.BlockSize, upload.BlockCount));

        foreach (var index in new[] { 3, 0, 1 })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, index, BlockUploads.Block(bytes, upload, index))).StatusCode);
        }

        var halfway = await facilitator.GetFromJsonAsync<UnfinishedUpload>($"/api/materials/uploads/{upload.UploadId}");
        var listed = Assert.Single((await facilitator.GetFromJsonAsync<List<UnfinishedUpload>>("/api/materials/uploads"))!, u => u.UploadId == upload.UploadId);
        foreach (var index in new[] { 1, 2, 4 })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, index, BlockUploads.Block(bytes, upload, index))).StatusCode);
        }

        using var completed = await BlockUploads.CompleteAsync(facilitator, upload.UploadId, new() { ["title"] = "Etäjohtamisen opas", ["themes"] = "RemoteLeadership" });

        Assert.Equal([0, 1, 3], halfway!.ReceivedBlocks);
        Assert.Equal(("Etäjohtamisen opas.pdf", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, upload.BlockSize)))), (listed.FileName, listed.Length, listed.FirstBlockSha256));
        Assert.Equal(HttpStatusCode.Created, completed.StatusCode);
        var material = (await completed.Content.ReadFromJsonAsync<UploadedMaterial>())!;
        Assert.Equal((1, "application/pdf", Convert.ToHexStringLower(SHA256.HashData(bytes))), (material.Version, material.ContentType, material.Sha256));
        using var download = await facilitator.GetAsync($"/api/materials/{material.Id}/download?inline=true");
        Assert.Equal(bytes, await ReadAllFollowingAsync(download));
        Assert.DoesNotContain((await facilitator.GetFromJsonAsync<List<UnfinishedUpload>>("/api/materials/uploads"))!, u => u.UploadId == upload.UploadId);
    }

    [Fact]
    public async Task Blocks_sent_a_few_at_a_time_are_checked_as_they_come_and_give_the_same_file()
    {
        var bytes = SampleFiles.Pdf(1_900_000);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var upload = await BlockUploads.StartAsync(facilitator, "Kolme kerrallaan.pdf", bytes);

        (await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 0, BlockUploads.Block(bytes, upload, 0))).EnsureSuccessStatusCode();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            for (var index = Interlocked.Increment(ref next); index < upload.BlockCount; index = Interlocked.Increment(ref next))
            {
                using var sent = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, index, BlockUploads.Block(bytes, upload, index));
                Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
            }
        }));
        using var completed = await BlockUploads.CompleteAsync(facilitator, upload.UploadId, new() { ["title"] = "Kolme kerrallaan" });

        Assert.Equal(HttpStatusCode.Created, completed.StatusCode);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), (await completed.Content.ReadFromJsonAsync<UploadedMaterial>())!.Sha256);
    }

    [Fact]
    public async Task A_file_sent_in_blocks_for_a_material_becomes_its_next_version()
    {
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var first = await UploadWholeAsync(facilitator, SampleFiles.Pdf(300_000), new() { ["title"] = "Työkirja" });
        var bytes = SampleFiles.Pdf(700_000);

        var upload = await BlockUploads.StartAsync(facilitator, "työkirja-2.pdf", bytes, first.Id);
        var material = await UploadWholeAsync(facilitator, bytes, [], upload);

        Assert.Equal((first.Id, 2), (material.Id, material.Version));
        var versions = await App.QueryAsync(db => db.MaterialVersions.Where(v => v.MaterialId == first.Id).Select(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Order());
    }

    [Fact]
    public async Task Blocks_that_do_not_fit_the_file_are_refused_in_the_callers_language_and_nothing_is_kept()
    {
        var bytes = SampleFiles.Pdf(600_000);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        facilitator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");
        var upload = await BlockUploads.StartAsync(facilitator, "opas.pdf", bytes);

        using var outside = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 3, new byte[10]);
        using var negative = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, -1, new byte[10]);
        using var short0 = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 0, bytes.AsMemory(0, upload.BlockSize - 1));
        using var longLast = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 2, bytes.AsMemory(2 * upload.BlockSize));
        using var tooLong = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 2, new byte[bytes.Length - (2 * upload.BlockSize) + 1]);

        Assert.Equal((HttpStatusCode.BadRequest, "Filen har bara 3 delar, numrerade från 0."), (outside.StatusCode, (await Problem.ReadAsync(outside)).Detail));
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal($"Den här delen måste vara exakt {upload.BlockSize} byte lång.", (await Problem.ReadAsync(short0)).Detail);
        Assert.Equal(HttpStatusCode.NoContent, longLast.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal([2], (await facilitator.GetFromJsonAsync<UnfinishedUpload>($"/api/materials/uploads/{upload.UploadId}"))!.ReceivedBlocks);
    }

    [Fact]
    public async Task Another_persons_upload_is_not_found_and_an_unknown_one_neither()
    {
        var bytes = SampleFiles.Pdf(300_000);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        using var admin = await App.ApiAs(DemoAccounts.Admin);
        var upload = await BlockUploads.StartAsync(facilitator, "oma.pdf", bytes);

        using var seen = await admin.GetAsync($"/api/materials/uploads/{upload.UploadId}");
        using var block = await BlockUploads.PutBlockAsync(admin, upload.UploadId, 0, BlockUploads.Block(bytes, upload, 0));
        using var completion = await BlockUploads.CompleteAsync(admin, upload.UploadId, new() { ["title"] = "Vieras" });
        using var unknown = await facilitator.GetAsync($"/api/materials/uploads/{Guid.NewGuid()}");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { seen.StatusCode, block.StatusCode, completion.StatusCode, unknown.StatusCode });
        Assert.DoesNotContain((await admin.GetFromJsonAsync<List<UnfinishedUpload>>("/api/materials/uploads"))!, u => u.UploadId == upload.UploadId);
        Assert.Empty((await facilitator.GetFromJsonAsync<UnfinishedUpload>($"/api/materials/uploads/{upload.UploadId}"))!.ReceivedBlocks);
    }

    [Fact]
    public async Task Completing_with_blocks_missing_says_how_many_and_completing_again_answers_the_same_material()
    {
        var bytes = SampleFiles.Pdf(700_000);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var upload = await BlockUploads.StartAsync(facilitator, "kesken.pdf", bytes);
        await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 1, BlockUploads.Block(bytes, upload, 1));
        var before = await App.QueryAsync(db => db.Materials.CountAsync());

        using var early = await BlockUploads.CompleteAsync(facilitator, upload.UploadId, new() { ["title"] = "Kesken" });
        using var untitled = await BlockUploads.UploadRestAndCompleteAsync(facilitator, bytes, upload, []);
        using var done = await BlockUploads.CompleteAsync(facilitator, upload.UploadId, new() { ["title"] = "Valmis" });
        using var again = await BlockUploads.CompleteAsync(facilitator, upload.UploadId, new() { ["title"] = "Valmis" });
        using var lateBlock = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 0, BlockUploads.Block(bytes, upload, 0));

        Assert.Equal((HttpStatusCode.Conflict, "Tiedostosta puuttuu vielä 2 osaa. Lähetä ne ja viimeistele lähetys sitten."), (early.StatusCode, (await Problem.ReadAsync(early)).Detail));
        Assert.Equal(HttpStatusCode.BadRequest, untitled.StatusCode);
        Assert.Contains("Title", (await Problem.ReadAsync(untitled)).Errors!.Keys);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Conflict), (done.StatusCode, again.StatusCode, lateBlock.StatusCode));
        Assert.Equal(await done.Content.ReadFromJsonAsync<UploadedMaterial>(), await again.Content.ReadFromJsonAsync<UploadedMaterial>());
        Assert.Equal(before + 1, await App.QueryAsync(db => db.Materials.CountAsync()));
    }

    [Fact]
    public async Task A_first_block_that_is_no_accepted_type_ends_the_upload_at_once()
    {
        var bytes = SampleFiles.Executable();
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var upload = await BlockUploads.StartAsync(facilitator, "asennus.pdf", bytes);

        using var refused = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 0, bytes);
        using var afterwards = await facilitator.GetAsync($"/api/materials/uploads/{upload.UploadId}");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Contains("ei hyväksytä", (await Problem.ReadAsync(refused)).Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, afterwards.StatusCode);
    }

    [Fact]
    public async Task An_office_file_with_macros_is_refused_at_completion_and_leaves_no_blob()
    {
        var bytes = SampleFiles.WordWithMacros();
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var blobsBefore = (await App.BlobsAsync()).Count;
        var upload = await BlockUploads.StartAsync(facilitator, "lomake.docx", bytes);

        using var refused = await BlockUploads.UploadRestAndCompleteAsync(facilitator, bytes, upload, new() { ["title"] = "Lomake" });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Contains("makro", (await Problem.ReadAsync(refused)).Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(blobsBefore, (await App.BlobsAsync()).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync($"/api/materials/uploads/{upload.UploadId}")).StatusCode);
    }

    [Fact]
    public async Task An_expired_upload_is_refused_from_then_on_and_the_sweep_removes_it()
    {
        var bytes = SampleFiles.Pdf(600_000);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var upload = await BlockUploads.StartWithFirstBlockAsync(facilitator, "unohtunut.pdf", bytes);

        await ExpireAsync(upload.UploadId);
        using var block = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 1, BlockUploads.Block(bytes, upload, 1));
        using var completion = await BlockUploads.CompleteAsync(facilitator, upload.UploadId, new() { ["title"] = "Unohtunut" });
        var listed = await facilitator.GetFromJsonAsync<List<UnfinishedUpload>>("/api/materials/uploads");
        await SweepAsync();

        Assert.Equal((HttpStatusCode.Gone, HttpStatusCode.Gone), (block.StatusCode, completion.StatusCode));
        Assert.Contains("hylättiin", (await Problem.ReadAsync(block)).Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(listed!, u => u.UploadId == upload.UploadId);
        Assert.False(await App.QueryAsync(db => db.MaterialUploads.AnyAsync(u => u.Id == upload.UploadId)));
    }

    [Fact]
    public async Task A_block_sent_while_the_upload_is_being_completed_is_refused_and_not_counted()
    {
        var bytes = SampleFiles.Pdf(600_000);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var upload = await BlockUploads.StartWithFirstBlockAsync(facilitator, "valmistuva.pdf", bytes);
        await CompletingAsync(upload.UploadId);

        using var late = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 1, BlockUploads.Block(bytes, upload, 1));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("valmistumassa", (await Problem.ReadAsync(late)).Detail, StringComparison.Ordinal);
        Assert.Equal(1, await App.QueryAsync(db => db.MaterialUploadBlocks.CountAsync(b => b.UploadId == upload.UploadId)));
    }

    [Fact]
    public async Task The_sweep_leaves_an_upload_that_is_being_completed_alone_even_past_its_lifetime()
    {
        var bytes = SampleFiles.Pdf(600_000);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var upload = await BlockUploads.StartWithFirstBlockAsync(facilitator, "hidas.pdf", bytes);
        await CompletingAsync(upload.UploadId);
        await ExpireAsync(upload.UploadId);

        await SweepAsync();

        Assert.True(await App.QueryAsync(db => db.MaterialUploadBlocks.AnyAsync(b => b.UploadId == upload.UploadId)));
    }

    [Fact]
    public async Task A_completion_that_recorded_its_material_but_died_before_saying_so_keeps_the_file_when_swept()
    {
        var bytes = SampleFiles.Pdf(600_000);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var material = await UploadWholeAsync(facilitator, bytes, new() { ["title"] = "Kesken jäänyt kuittaus" });
        var upload = await App.QueryAsync(db => db.MaterialUploads.Where(u => u.MaterialId == material.Id).Select(u => u.Id).SingleAsync());
        // As if the node died after recording the material and before the upload's own state was written.
        await App.QueryAsync(db => db.MaterialUploads.Where(u => u.Id == upload).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.State, MaterialUploadState.Completing).SetProperty(u => u.CompletingSince, Now.AddHours(-1))));
        await ExpireAsync(upload);

        await SweepAsync();

        using var download = await facilitator.GetAsync($"/api/materials/{material.Id}/download?inline=true");
        Assert.Equal(bytes, await ReadAllFollowingAsync(download));
    }

    [Fact]
    public async Task A_completion_form_that_cannot_be_read_is_a_problem_detail_and_the_upload_stays_open()
    {
        var bytes = SampleFiles.Pdf(300_000);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        var upload = await BlockUploads.StartAsync(facilitator, "rikki.pdf", bytes);
        using var content = new StringContent("--other\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nRikki");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=expected");

        using var broken = await facilitator.PostAsync($"/api/materials/uploads/{upload.UploadId}/completion", content);

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("kenttiä ei voitu lukea", (await Problem.ReadAsync(broken)).Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.GetAsync($"/api/materials/uploads/{upload.UploadId}")).StatusCode);
    }

    [Fact]
    public async Task An_upload_given_up_by_its_uploader_is_gone_at_once_and_nobody_else_can_give_it_up()
    {
        var bytes = SampleFiles.Pdf(600_000);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        using var other = await App.ApiAs(DemoAccounts.Admin);
        var upload = await BlockUploads.StartWithFirstBlockAsync(facilitator, "väärä.pdf", bytes);

        using var stranger = await other.DeleteAsync($"/api/materials/uploads/{upload.UploadId}");
        using var discarded = await facilitator.DeleteAsync($"/api/materials/uploads/{upload.UploadId}");
        using var block = await BlockUploads.PutBlockAsync(facilitator, upload.UploadId, 1, BlockUploads.Block(bytes, upload, 1));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NoContent, HttpStatusCode.NotFound), (stranger.StatusCode, discarded.StatusCode, block.StatusCode));
        Assert.DoesNotContain((await facilitator.GetFromJsonAsync<List<UnfinishedUpload>>("/api/materials/uploads"))!, u => u.UploadId == upload.UploadId);
        Assert.False(await App.QueryAsync(db => db.MaterialUploadBlocks.AnyAsync(b => b.UploadId == upload.UploadId)));
    }

    [Fact]
    public async Task A_person_with_six_blocks_on_their_way_is_told_to_wait_with_a_seventh_and_another_person_is_not()
    {
        var bytes = SampleFiles.Pdf(7 * MaterialsApp.UploadBlockBytes);
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);
        using var admin = await App.ApiAs(DemoAccounts.Admin);
        var upload = await BlockUploads.StartAsync(facilitator, "hidas yhteys.pdf", bytes);
        var others = await BlockUploads.StartAsync(admin, "toinen.pdf", bytes);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Seven blocks whose bytes trickle in until released: whichever comes seventh finds six on their way.
        var sends = Enumerable.Range(0, 7).Select(index => HeldPutAsync(facilitator, upload, bytes, index, release.Task)).ToList();
        var refused = await await Task.WhenAny(sends).WaitAsync(TimeSpan.FromSeconds(30));
        using var another = await BlockUploads.PutBlockAsync(admin, others.UploadId, 0, BlockUploads.Block(bytes, others, 0));
        release.SetResult();
        var answers = await Task.WhenAll(sends);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, another.StatusCode);
        Assert.Equal(6, answers.Count(a => a.StatusCode == HttpStatusCode.NoContent));
        Assert.Contains("Liian monta", (await Problem.ReadAsync(refused)).Detail, StringComparison.Ordinal);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    private static async Task<HttpResponseMessage> HeldPutAsync(HttpClient client, UploadStarted upload, byte[] bytes, int index, Task release)
    {
        using var content = new TrickledContent(BlockUploads.Block(bytes, upload, index), release);
        return await client.PutAsync($"/api/materials/uploads/{upload.UploadId}/blocks/{index}", content);
    }

    [Fact]
    public async Task A_start_that_cannot_become_a_material_is_refused_before_any_block()
    {
        using var facilitator = await App.ApiAs(DemoAccounts.Facilitator);

        using var tooLarge = await facilitator.PostAsJsonAsync("/api/materials/uploads", new { fileName = "iso.mp4", length = (MaterialsApp.MaxUploadMegabytes * 1024L * 1024L) + 1 });
        using var empty = await facilitator.PostAsJsonAsync("/api/materials/uploads", new { fileName = "tyhjä.pdf", length = 0 });
        using var path = await facilitator.PostAsJsonAsync("/api/materials/uploads", new { fileName = "../salasanat.pdf", length = 10 });
        using var unknownMaterial = await facilitator.PostAsJsonAsync("/api/materials/uploads", new { fileName = "a.pdf", length = 10, materialId = Guid.NewGuid() });
        using var supervisor = await App.ApiAs("supervisor1.a@academy.test");
        using var notAuthor = await supervisor.PostAsJsonAsync("/api/materials/uploads", new { fileName = "a.pdf", length = 10 });

        Assert.Equal(
            [HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Forbidden],
            new[] { tooLarge.StatusCode, empty.StatusCode, path.StatusCode, unknownMaterial.StatusCode, notAuthor.StatusCode });
        Assert.Contains($"{MaterialsApp.MaxUploadMegabytes} Mt", (await Problem.ReadAsync(tooLarge)).Detail, StringComparison.Ordinal);
        Assert.Equal("Materiaalia ei ole tai sitä ei ole julkaistu.", (await Problem.ReadAsync(unknownMaterial)).Detail);
    }

    // As a completion on another node leaves the row while it joins and checks the file.
    protected async Task CompletingAsync(Guid uploadId) =>
        await App.QueryAsync(db => db.MaterialUploads.Where(u => u.Id == uploadId).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.State, MaterialUploadState.Completing).SetProperty(u => u.CompletingSince, Now)));

    protected async Task ExpireAsync(Guid uploadId) =>
        await App.QueryAsync(db => db.MaterialUploads.Where(u => u.Id == uploadId).ExecuteUpdateAsync(set => set.SetProperty(u => u.ExpiresAt, Now.AddMinutes(-1))));

    protected async Task SweepAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ResumableUploads>().SweepExpiredAsync(CancellationToken.None);
    }

    private static async Task<UploadedMaterial> UploadWholeAsync(HttpClient client, byte[] bytes, Dictionary<string, string> fields, UploadStarted? upload = null)
    {
        upload ??= await BlockUploads.StartAsync(client, "tiedosto.pdf", bytes);
        using var completed = await BlockUploads.UploadRestAndCompleteAsync(client, bytes, upload, fields);
        Assert.Equal(HttpStatusCode.Created, completed.StatusCode);
        return (await completed.Content.ReadFromJsonAsync<UploadedMaterial>())!;
    }

    /// <summary>The download, whether the academy streams it or redirects to a read link on the store.</summary>
    private static async Task<byte[]> ReadAllFollowingAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found && response.Headers.Location is { } link)
        {
            using var store = new HttpClient();
            return await store.GetByteArrayAsync(link);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
