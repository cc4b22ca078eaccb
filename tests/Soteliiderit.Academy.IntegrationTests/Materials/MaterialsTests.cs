using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Tests.Materials;

namespace Soteliiderit.Academy.IntegrationTests.Materials;

public sealed class MaterialsOnDiskTests(DiskMaterialsApp app) : MaterialsTests<DiskMaterialsApp>(app)
{
    [Fact]
    public async Task A_file_changed_on_disk_is_not_handed_out_as_complete()
    {
        var bytes = SampleFiles.Pdf(300_000);
        var id = await UploadAsync(bytes, "opas.pdf", publish: true);
        var file = Directory.EnumerateFiles(App.MaterialsFolder, "*", SearchOption.AllDirectories).Single(f => f.Contains($"{id:N}", StringComparison.Ordinal));
        bytes[150_000] ^= 0xFF;
        await File.WriteAllBytesAsync(file, bytes);

        using var supervisor = await App.ApiAs(Supervisor);
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            using var response = await supervisor.GetAsync($"/api/materials/{id}/download");
            await response.Content.ReadAsByteArrayAsync();
        });
    }

    [Fact]
    public async Task A_lesson_offers_its_published_materials_and_hides_drafts()
    {
        var published = await UploadAsync(SampleFiles.Pdf(), "tyokirja.pdf", publish: true);
        var draft = await UploadAsync(SampleFiles.Pdf(), "keskeneräinen.pdf", publish: false);
        var facilitator = (await App.FindUserAsync(Facilitator))!.Id;
        var courseId = Guid.NewGuid();
        var lesson = new CourseLesson(Guid.NewGuid(), LessonKind.Text, new LocalizedText("Oppitunti"), new LocalizedText("Lue ja täytä työkirja."))
        {
            Materials = [published, draft],
        };
        var content = new CourseContent(new LocalizedText("Materiaalikurssi"), new LocalizedText("Tiivistelmä"), CourseThemes.RemoteLeadership,
            [new CourseModule(Guid.NewGuid(), new LocalizedText("Moduuli"), [lesson])]);
        var course = App.Service<IGrainFactory>().GetGrain<ICourseGrain>(courseId.ToString());
        await course.Publish((await course.Create(content, facilitator)).Revision, facilitator);
        using var api = await App.ApiAs(Supervisor);
        (await api.PostAsync($"/api/courses/{courseId}/enrollment", null)).EnsureSuccessStatusCode();

        using var browser = await App.BrowserAs(Supervisor);
        var page = await browser.GetStringAsync($"/courses/{courseId}/lessons/{lesson.Key}");

        Assert.Contains($"href=\"/materials/{published}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/materials/{draft}", page, StringComparison.Ordinal);
    }
}

public sealed class MaterialsOnAzuriteTests(AzuriteMaterialsApp app) : MaterialsTests<AzuriteMaterialsApp>(app)
{
    [Fact]
    public async Task Downloads_redirect_to_a_short_lived_read_only_link()
    {
        var id = await UploadAsync(SampleFiles.Pdf(), "opas.pdf", publish: true);
        using var supervisor = await App.ApiAs(Supervisor);

        using var response = await supervisor.GetAsync($"/api/materials/{id}/download");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = System.Web.HttpUtility.ParseQueryString(response.Headers.Location!.Query);
        Assert.Equal("r", query["sp"]);
        var expires = DateTimeOffset.Parse(query["se"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(6));
    }
}

/// <summary>The material library through the API and the pages' upload door, the same tests on each store.</summary>
public abstract class MaterialsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MaterialsApp
{
    protected const string Facilitator = "facilitator@academy.test";
    protected const string Supervisor = "supervisor1.a@academy.test";

    protected TApp App { get; } = app;

    [Fact]
    public async Task A_facilitator_uploads_and_a_supervisor_downloads_the_same_bytes_once_published()
    {
        var bytes = SampleFiles.Pdf(1_200_000);
        using var facilitator = await App.ApiAs(Facilitator);
        using var response = await facilitator.PostAsync("/api/materials", Upload(bytes, "Etäjohtamisen opas.pdf", ("title", "Etäjohtamisen opas"), ("themes", "RemoteLeadership")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var uploaded = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = uploaded.GetProperty("id").GetGuid();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), uploaded.GetProperty("sha256").GetString());
        Assert.Equal("Etäjohtamisen opas.pdf", uploaded.GetProperty("fileName").GetString());

        using var supervisor = await App.ApiAs(Supervisor);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/materials/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/materials/{id}/download")).StatusCode);
        Assert.DoesNotContain(await ListAsync(supervisor, ""), m => m == id);

        await PublishAsync(id);

        Assert.Contains(await ListAsync(supervisor, "?q=ETÄJOHTAMISEN"), m => m == id);
        Assert.Contains(await ListAsync(supervisor, "?kind=Pdf&theme=RemoteLeadership"), m => m == id);
        Assert.DoesNotContain(await ListAsync(supervisor, "?kind=Video"), m => m == id);
        var (downloaded, disposition) = await DownloadAsync(supervisor, $"/api/materials/{id}/download");
        Assert.Equal(bytes, downloaded);
        Assert.StartsWith("attachment", disposition, StringComparison.Ordinal);
        Assert.Contains("Et%C3%A4johtamisen%20opas.pdf", disposition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_version_becomes_current_and_the_old_one_stays_retrievable()
    {
        var first = SampleFiles.Pdf(5000);
        var second = SampleFiles.Word();
        var id = await UploadAsync(first, "työkirja.pdf", publish: true);
        using var facilitator = await App.ApiAs(Facilitator);

        using var response = await facilitator.PostAsync($"/api/materials/{id}/versions", Upload(second, "työkirja.docx"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        using var supervisor = await App.ApiAs(Supervisor);
        var material = await supervisor.GetFromJsonAsync<JsonElement>($"/api/materials/{id}");
        var versions = material.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.True(versions[0].GetProperty("isCurrent").GetBoolean());
        Assert.Equal(second, (await DownloadAsync(supervisor, $"/api/materials/{id}/download")).Bytes);
        Assert.Equal(first, (await DownloadAsync(supervisor, $"/api/materials/{id}/download?version=1")).Bytes);
    }

    [Fact]
    public async Task Video_is_served_in_ranges_for_seeking_and_a_range_past_the_end_is_416()
    {
        var video = SampleFiles.Mp4(100_000);
        var id = await UploadAsync(video, "tallenne.mp4", publish: true);
        using var supervisor = await App.ApiAs(Supervisor);

        using var middle = await GetRangeAsync(supervisor, id, "bytes=1000-1999");
        Assert.Equal(HttpStatusCode.PartialContent, middle.StatusCode);
        Assert.Equal("bytes 1000-1999/100000", middle.Content.Headers.ContentRange!.ToString());
        Assert.Equal(video[1000..2000], await middle.Content.ReadAsByteArrayAsync());
        using var tail = await GetRangeAsync(supervisor, id, "bytes=-10");
        Assert.Equal(video[^10..], await tail.Content.ReadAsByteArrayAsync());
        using var open = await GetRangeAsync(supervisor, id, "bytes=99990-");
        Assert.Equal(video[99990..], await open.Content.ReadAsByteArrayAsync());

        using var whole = await GetRangeAsync(supervisor, id, "bytes=0-");
        Assert.Equal(HttpStatusCode.PartialContent, whole.StatusCode);
        Assert.Equal("bytes 0-99999/100000", whole.Content.Headers.ContentRange!.ToString());

        using var beyond = await GetRangeAsync(supervisor, id, "bytes=100000-100010");
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, beyond.StatusCode);
        Assert.Equal("bytes */100000", beyond.Content.Headers.ContentRange!.ToString());
    }

    [Theory]
    [MemberData(nameof(RefusedUploads.Files), MemberType = typeof(RefusedUploads))]
    public async Task Refused_files_get_a_clear_message_and_leave_nothing_behind(string sample, string fileName, HttpStatusCode status)
    {
        var bytes = sample switch
        {
            "Empty" => [],
            "TooLarge" => SampleFiles.Mp4((MaterialsApp.MaxUploadMegabytes * 1024 * 1024) + 1),
            _ => SampleFiles.ByName(sample),
        };
        var before = await MaterialCountAsync();
        using var facilitator = await App.ApiAs(Facilitator);
        facilitator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fi");

        using var response = await facilitator.PostAsync("/api/materials", Upload(bytes, fileName, ("title", "Hylättävä")));

        Assert.Equal(status, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        Assert.Equal(before, await MaterialCountAsync());
        Assert.Empty(await StrayBlobsAsync());
    }

    [Fact]
    public async Task A_multipart_body_that_ends_before_its_closing_boundary_is_refused_and_nothing_is_kept()
    {
        var before = await MaterialCountAsync();
        using var facilitator = await App.ApiAs(Facilitator);
        using var upload = Upload(SampleFiles.Pdf(200_000), "opas.pdf", ("title", "Katkennut"));
        var multipart = await upload.ReadAsByteArrayAsync();
        using var truncated = new ByteArrayContent(multipart[..100_000]);
        truncated.Headers.ContentType = upload.Headers.ContentType;

        using var response = await facilitator.PostAsync("/api/materials", truncated);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await MaterialCountAsync());
        Assert.Empty(await StrayBlobsAsync());
    }

    [Fact]
    public async Task A_bad_part_after_the_file_removes_the_file_that_was_already_stored()
    {
        var before = await MaterialCountAsync();
        using var facilitator = await App.ApiAs(Facilitator);
        using var upload = Upload(SampleFiles.Pdf(), "opas.pdf", ("title", "Kaksi tiedostoa"));
        var second = new ByteArrayContent(SampleFiles.Pdf());
        second.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"toinen.pdf\"" };
        upload.Add(second);

        using var response = await facilitator.PostAsync("/api/materials", upload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await MaterialCountAsync());
        Assert.Empty(await StrayBlobsAsync());
    }

    [Fact]
    public async Task A_title_is_required_and_without_one_the_stored_file_is_removed()
    {
        var before = await MaterialCountAsync();
        using var facilitator = await App.ApiAs(Facilitator);

        using var response = await facilitator.PostAsync("/api/materials", Upload(SampleFiles.Pdf(), "opas.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Title", (await Problem.ReadAsync(response)).Errors!.Keys);
        Assert.Equal(before, await MaterialCountAsync());
        Assert.Empty(await StrayBlobsAsync());
    }

    [Fact]
    public async Task Supervisors_cannot_upload_and_nobody_signed_out_downloads()
    {
        var id = await UploadAsync(SampleFiles.Png(), "kuva.png", publish: true);
        using var supervisor = await App.ApiAs(Supervisor);
        using var anonymous = App.Anonymous();

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsync("/api/materials", Upload(SampleFiles.Pdf(), "opas.pdf", ("title", "Oma")))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/materials/{id}/download")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/materials/{id}/download")).StatusCode);
    }

    [Fact]
    public async Task The_upload_page_sends_blocks_with_its_antiforgery_token_and_not_without()
    {
        using var browser = await App.BrowserAs(Facilitator);
        var page = await browser.GetStringAsync("/materials/new");
        var token = HttpClientFormExtensions.InputValue(page.Replace("type=\"hidden\" ", "", StringComparison.Ordinal), "__RequestVerificationToken");
        var bytes = SampleFiles.Pdf();

        using var withoutToken = await browser.PostAsJsonAsync("/materials/uploads", new { fileName = "opas.pdf", length = bytes.Length });
        browser.DefaultRequestHeaders.Add("RequestVerificationToken", token);
        var upload = await BlockUploads.StartAsync(browser, "opas.pdf", bytes, pages: true);
        using var block = await BlockUploads.PutBlockAsync(browser, upload.UploadId, 0, bytes, pages: true);
        using var completed = await browser.PostAsync($"/materials/uploads/{upload.UploadId}/completion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title.Fi"] = "Sivulta",
            ["Themes"] = "WellbeingAtWork",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, block.StatusCode);
        Assert.Equal(HttpStatusCode.Created, completed.StatusCode);
        var id = (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var shown = await browser.GetStringAsync($"/materials/{id}");
        Assert.Contains("Sivulta", shown, StringComparison.Ordinal);
    }

    protected async Task<Guid> UploadAsync(byte[] bytes, string fileName, bool publish)
    {
        using var facilitator = await App.ApiAs(Facilitator);
        using var response = await facilitator.PostAsync("/api/materials", Upload(bytes, fileName, ("title", $"Materiaali {fileName}")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        if (publish)
        {
            await PublishAsync(id);
        }

        return id;
    }

    protected static MultipartFormDataContent Upload(byte[] bytes, string fileName, params (string Name, string Value)[] fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = $"\"{fileName}\"" };
        content.Add(file);
        return content;
    }

    /// <summary>The bytes and Content-Disposition a browser ends up with, following a redirect to the store's read link.</summary>
    protected static async Task<(byte[] Bytes, string Disposition)> DownloadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            using var store = new HttpClient();
            using var linked = await store.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
            return (await linked.Content.ReadAsByteArrayAsync(), linked.Content.Headers.ContentDisposition!.ToString());
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentDisposition!.ToString());
    }

    private async Task PublishAsync(Guid id)
    {
        using var facilitator = await App.ApiAs(Facilitator);
        using var response = await facilitator.PutAsJsonAsync($"/api/materials/{id}/publication", new { published = true });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetRangeAsync(HttpClient client, Guid id, string range)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/materials/{id}/download?inline=true");
        request.Headers.TryAddWithoutValidation("Range", range);
        return await client.SendAsync(request);
    }

    private static async Task<List<Guid>> ListAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/materials{query}")).EnumerateArray().Select(m => m.GetProperty("id").GetGuid())];

    private Task<int> MaterialCountAsync() => App.QueryAsync(db => db.Materials.CountAsync());

    /// <summary>Blobs no recorded version points at: what a broken upload would leave behind.</summary>
    private async Task<IReadOnlyList<string>> StrayBlobsAsync()
    {
        var recorded = (await App.QueryAsync(db => db.MaterialVersions.Select(v => v.BlobName).ToListAsync())).ToHashSet();
        return [.. (await App.BlobsAsync()).Select(b => b.Name).Where(name => !recorded.Contains(name))];
    }
}

public static class RefusedUploads
{
    public static TheoryData<string, string, HttpStatusCode> Files() => new()
    {
        { nameof(SampleFiles.Executable), "opas.pdf", HttpStatusCode.UnsupportedMediaType },
        { nameof(SampleFiles.Html), "sivu.pdf", HttpStatusCode.UnsupportedMediaType },
        { nameof(SampleFiles.PlainZip), "paketti.docx", HttpStatusCode.UnsupportedMediaType },
        { nameof(SampleFiles.WordWithMacros), "makrot.docx", HttpStatusCode.UnsupportedMediaType },
        { "Empty", "tyhjä.pdf", HttpStatusCode.BadRequest },
        { "TooLarge", "iso.mp4", HttpStatusCode.RequestEntityTooLarge },
        { nameof(SampleFiles.Pdf), "../../etc/passwd.pdf", HttpStatusCode.BadRequest },
        { nameof(SampleFiles.Pdf), "opas\tmuistio.pdf", HttpStatusCode.BadRequest },
        { nameof(SampleFiles.Pdf), new string('a', 296) + ".pdf", HttpStatusCode.BadRequest },
    };
}
