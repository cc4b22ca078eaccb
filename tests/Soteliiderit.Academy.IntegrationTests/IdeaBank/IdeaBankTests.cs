using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests.IdeaBank;

/// <summary>HR browses the catalogue and recommends pieces of it to its own supervisors, who see them until they dismiss them.</summary>
public sealed class IdeaBankTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    [Fact]
    public async Task Hr_recommends_a_material_with_a_note_to_a_unit_whose_supervisors_see_it_until_they_dismiss_it_and_nobody_else_does()
    {
        var unit = await app.AddUnitAsync(DemoSeeder.OrganizationA, "Vanhuspalvelut");
        var reader = await app.AddPersonAsync(name: "Lukeva Esihenkilö");
        var dismisser = await app.AddPersonAsync(name: "Kuittaava Esihenkilö");
        await app.PlaceAsync(reader, unit);
        await app.PlaceAsync(dismisser, unit);
        var outside = await app.AddPersonAsync(name: "Muualla Oleva");
        var material = await app.QueryAsync(db => db.Materials.Where(m => m.Status == MaterialStatus.Published).OrderBy(m => m.CreatedAt).FirstAsync());
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        using var otherHr = await app.ApiAs(DemoAccounts.HrB);

        var materials = await hr.GetFromJsonAsync<JsonElement>("/api/hr/ideas?kind=Material");
        var searched = await hr.GetFromJsonAsync<JsonElement>($"/api/hr/ideas?search={Uri.EscapeDataString(material.TitleFi!.Split(' ')[0])}");
        using var created = await hr.PostAsJsonAsync("/api/hr/recommendations", new { item = "Material", itemId = material.Id, note = "Hyvä pohja tiimipalaveriin.", audience = "Unit", unitId = unit });
        var outcome = await created.Content.ReadFromJsonAsync<JsonElement>();
        var recommendation = outcome.GetProperty("recommendation").GetProperty("id").GetGuid();

        Assert.All(materials.EnumerateArray(), idea => Assert.Equal("Material", idea.GetProperty("kind").GetString()));
        Assert.Contains(searched.EnumerateArray(), idea => idea.GetProperty("id").GetGuid() == material.Id);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(2, outcome.GetProperty("reached").GetInt32());
        using var readerApi = await app.ApiAs(reader.Email!);
        var mine = Assert.Single((await readerApi.GetFromJsonAsync<JsonElement>("/api/recommendations/mine")).EnumerateArray());
        Assert.Equal(("Hyvä pohja tiimipalaveriin.", $"/materials/{material.Id}"), (mine.GetProperty("note").GetString(), mine.GetProperty("link").GetString()));
        using var outsideApi = await app.ApiAs(outside.Email!);
        Assert.Empty((await outsideApi.GetFromJsonAsync<JsonElement>("/api/recommendations/mine")).EnumerateArray());
        // Another employer's HR neither sees nor withdraws it.
        Assert.DoesNotContain((await otherHr.GetFromJsonAsync<JsonElement>("/api/hr/recommendations")).EnumerateArray(), r => r.GetProperty("id").GetGuid() == recommendation);
        Assert.Equal(HttpStatusCode.NotFound, (await otherHr.DeleteAsync($"/api/hr/recommendations/{recommendation}")).StatusCode);

        using var dismisserPages = await app.BrowserAs(dismisser.Email!);
        var dashboard = await (await dismisserPages.GetAsync("/")).ReadTextAsync();
        Assert.Contains("Suositeltua sinulle", dashboard, StringComparison.Ordinal);
        Assert.Contains("Organisaatiosi viesti: Hyvä pohja tiimipalaveriin.", dashboard, StringComparison.Ordinal);
        using var dismissed = await dismisserPages.PostFormAsync($"/?handler=DismissRecommendation&recommendationId={recommendation}", [], "/");
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.DoesNotContain("Suositeltua sinulle", await (await dismisserPages.GetAsync("/")).ReadTextAsync(), StringComparison.Ordinal);
        var sent = (await hr.GetFromJsonAsync<JsonElement>("/api/hr/recommendations")).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == recommendation);
        Assert.Equal((2, 1), (sent.GetProperty("people").GetInt32(), sent.GetProperty("dismissed").GetInt32()));

        Assert.Equal(HttpStatusCode.NoContent, (await hr.DeleteAsync($"/api/hr/recommendations/{recommendation}")).StatusCode);
        Assert.Empty((await readerApi.GetFromJsonAsync<JsonElement>("/api/recommendations/mine")).EnumerateArray());
    }

    [Fact]
    public async Task A_recommendation_of_something_outside_the_catalogue_with_a_long_note_or_for_another_employers_supervisor_is_refused_by_field()
    {
        var otherEmployers = await app.AddPersonAsync(organization: 'B', name: "Toisen Työnantajan");
        var draft = await app.QueryAsync(db => db.Courses.Where(c => c.Status != CourseStatus.Published).Select(c => (Guid?)c.Id).FirstOrDefaultAsync()) ?? Guid.NewGuid();
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        var before = await app.QueryAsync(db => db.Recommendations.CountAsync());

        using var refused = await hr.PostAsJsonAsync("/api/hr/recommendations", new { item = "Course", itemId = draft, note = new string('x', 501), audience = "People", userId = otherEmployers.Id });

        var errors = (await Problem.ReadAsync(refused)).Errors!;
        Assert.Contains("luettelossa", Assert.Single(errors["ItemId"]), StringComparison.Ordinal);
        Assert.Contains("500", Assert.Single(errors["Note"]), StringComparison.Ordinal);
        Assert.Contains("ei ole tällaista esihenkilöä", Assert.Single(errors["UserId"]), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Recommendations.CountAsync()));
    }

    [Fact]
    public async Task Hr_recommends_a_course_through_the_idea_bank_pages_to_a_pasted_list()
    {
        var listed = await app.AddPersonAsync(name: "Listattu Esihenkilö");
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt).FirstAsync());
        using var hrPages = await app.BrowserAs(DemoAccounts.HrA);

        var catalogue = await (await hrPages.GetAsync("/hr/ideas?Kind=Course")).ReadTextAsync();
        var form = $"/hr/ideas/Course/{course.Id}/recommend";
        using var posted = await hrPages.PostFormAsync(form, new()
        {
            ["Input.Note"] = "Tämä auttaa etätiimin palautteessa.",
            ["Input.Audience"] = "People",
            ["Input.Emails"] = $"{listed.Email}\nei-ketaan@academy.test",
            ["Input.ValidRowsOnly"] = "true",
        });
        var after = await (await hrPages.GetAsync(posted.Headers.Location!.OriginalString)).ReadTextAsync();

        Assert.Contains(form, catalogue, StringComparison.Ordinal);
        Assert.Equal("/hr/ideas?recommended=1#sent-heading", posted.Headers.Location.OriginalString);
        Assert.Contains("Suositus lähti 1 esihenkilölle.", after, StringComparison.Ordinal);
        Assert.Contains("ei-ketaan@academy.test", after, StringComparison.Ordinal);
        Assert.Contains("Tämä auttaa etätiimin palautteessa.", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await hrPages.GetAsync($"/hr/ideas/Course/{Guid.NewGuid()}/recommend")).StatusCode);
    }
}
