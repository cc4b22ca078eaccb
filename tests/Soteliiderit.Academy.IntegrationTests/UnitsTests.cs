using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests;

/// <summary>An organization's units (toimiala → tulosalue → yksikkö): its own HR and admins build the tree, nobody else sees it.</summary>
public sealed class UnitsTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    private Task<Guid> OrganizationOfAsync(string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganizationId!.Value).SingleAsync());

    [Fact]
    public async Task Hr_builds_its_organizations_unit_tree_and_cannot_move_a_unit_under_its_own_sub_unit()
    {
        var organization = await OrganizationOfAsync(DemoAccounts.HrA);
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        var units = $"/api/organizations/{organization}/units";

        var social = await CreatedAsync(hr, units, new { nameFi = "Sosiaali- ja terveystoimi", nameSv = "Social- och hälsovårdssektorn" });
        var elderly = await CreatedAsync(hr, units, new { nameFi = "Vanhuspalvelut", nameSv = "Äldreomsorg", parentId = social });
        var homeCare = await CreatedAsync(hr, units, new { nameFi = "Kotihoito", parentId = elderly });
        using var loop = await hr.PutAsJsonAsync($"{units}/{social}", new { nameFi = "Sosiaali- ja terveystoimi", parentId = homeCare });
        using var twin = await hr.PostAsJsonAsync(units, new { nameFi = "vanhuspalvelut", parentId = social });
        using var nameless = await hr.PostAsJsonAsync(units, new { nameFi = " ", parentId = Guid.NewGuid() });

        var problem = await Problem.ReadAsync(loop);
        Assert.Equal(HttpStatusCode.BadRequest, loop.StatusCode);
        Assert.Contains("oman alayksikkönsä", Assert.Single(problem.Errors!["ParentId"]), StringComparison.Ordinal);
        Assert.Contains("NameFi", (await Problem.ReadAsync(twin)).Errors!.Keys);
        Assert.Equal(["NameFi", "ParentId"], (await Problem.ReadAsync(nameless)).Errors!.Keys.Order(StringComparer.Ordinal));
        var tree = await hr.GetFromJsonAsync<JsonElement>(units);
        var paths = tree.EnumerateArray().Select(u => u.GetProperty("path").GetString()!).Where(p => p.StartsWith("Sosiaali-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Sosiaali- ja terveystoimi", "Sosiaali- ja terveystoimi / Vanhuspalvelut", "Sosiaali- ja terveystoimi / Vanhuspalvelut / Kotihoito"], paths);

        // Moving a branch elsewhere takes its sub-units along.
        var education = await CreatedAsync(hr, units, new { nameFi = "Sivistystoimi" });
        (await hr.PutAsJsonAsync($"{units}/{elderly}", new { nameFi = "Vanhuspalvelut", nameSv = "Äldreomsorg", parentId = education })).EnsureSuccessStatusCode();
        var moved = await hr.GetFromJsonAsync<JsonElement>(units);
        Assert.Contains("Sivistystoimi / Vanhuspalvelut / Kotihoito", moved.EnumerateArray().Select(u => u.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Another_organizations_hr_and_supervisors_find_no_units_and_cannot_add_any_while_an_admin_manages_every_organizations()
    {
        var organization = await OrganizationOfAsync(DemoAccounts.HrB);
        var units = $"/api/organizations/{organization}/units";
        using var otherHr = await app.ApiAs(DemoAccounts.HrA);
        using var supervisor = await app.ApiAs(DemoAccounts.SupervisorB(1));
        using var admin = await app.ApiAs(DemoAccounts.Admin);

        using var seenByOtherHr = await otherHr.GetAsync(units);
        using var addedByOtherHr = await otherHr.PostAsJsonAsync(units, new { nameFi = "Vieras yksikkö" });
        using var seenBySupervisor = await supervisor.GetAsync(units);
        var added = await CreatedAsync(admin, units, new { nameFi = "Konsernipalvelut", nameSv = "Koncernservice" });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (seenByOtherHr.StatusCode, addedByOtherHr.StatusCode, seenBySupervisor.StatusCode));
        Assert.Equal(0, await app.QueryAsync(db => db.OrganizationUnits.CountAsync(u => u.NameFi == "Vieras yksikkö")));
        Assert.Contains(added, (await admin.GetFromJsonAsync<JsonElement>(units)).EnumerateArray().Select(u => u.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/organizations/{Guid.NewGuid()}/units")).StatusCode);
    }

    [Fact]
    public async Task Hr_adds_and_moves_units_on_the_units_page_and_a_blank_name_is_named_beside_its_field()
    {
        var organization = await OrganizationOfAsync(DemoAccounts.HrA);
        using var hr = await app.BrowserAs(DemoAccounts.HrA);
        var page = $"/organizations/{organization}/units";

        using var blank = await hr.PostFormAsync(page, new() { ["Input.NameFi"] = " ", ["Input.NameSv"] = "" });
        using var added = await hr.PostFormAsync(page, new() { ["Input.NameFi"] = "Tekninen toimi", ["Input.NameSv"] = "Tekniska sektorn" });
        var technical = await app.QueryAsync(db => db.OrganizationUnits.Where(u => u.OrganizationId == organization && u.NameFi == "Tekninen toimi").Select(u => u.Id).SingleAsync());
        using var child = await hr.PostFormAsync(page, new() { ["Input.NameFi"] = "Kadut ja puistot", ["Input.ParentId"] = technical.ToString() });
        var streets = await app.QueryAsync(db => db.OrganizationUnits.Where(u => u.ParentId == technical).Select(u => u.Id).SingleAsync());
        var editor = await (await hr.GetAsync($"{page}/{technical}")).ReadTextAsync();
        using var loop = await hr.PostFormAsync($"{page}/{technical}", new() { ["Input.NameFi"] = "Tekninen toimi", ["Input.ParentId"] = streets.ToString() });
        var listed = await (await hr.GetAsync(page)).ReadTextAsync();

        var refused = await blank.ReadTextAsync();
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("id=\"Input_NameFi_error\"", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, child.StatusCode);
        Assert.DoesNotContain($"<option value=\"{streets}\"", editor, StringComparison.Ordinal);
        Assert.Contains("oman alayksikkönsä", await loop.ReadTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Tekninen toimi / Kadut ja puistot", listed, StringComparison.Ordinal);
        Assert.Null(await app.QueryAsync(db => db.OrganizationUnits.Where(u => u.Id == technical).Select(u => u.ParentId).SingleAsync()));
    }

    [Fact]
    public async Task Another_organizations_hr_finds_no_units_page_or_unit_list_and_cannot_add_a_unit_through_it()
    {
        var organization = await OrganizationOfAsync(DemoAccounts.HrB);
        var unit = Guid.NewGuid();
        await app.QueryAsync(db =>
        {
            db.OrganizationUnits.Add(new Data.Organizations.OrganizationUnit { Id = unit, OrganizationId = organization, NameFi = "Rajattu yksikkö", NameSv = "Rajattu yksikkö", CreatedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        using var otherHr = await app.BrowserAs(DemoAccounts.HrA);
        using var admin = await app.BrowserAs(DemoAccounts.Admin);

        using var list = await otherHr.GetAsync($"/organizations/{organization}/units");
        using var edit = await otherHr.GetAsync($"/organizations/{organization}/units/{unit}");
        using var choices = await otherHr.GetAsync($"/organizations/{organization}/units.json");
        using var adminList = await admin.GetAsync($"/organizations/{organization}/units");
        using var adminChoices = await admin.GetAsync($"/organizations/{organization}/units.json");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (list.StatusCode, edit.StatusCode, choices.StatusCode));
        Assert.Contains("Rajattu yksikkö", await adminList.ReadTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Rajattu yksikkö", await adminChoices.ReadTextAsync(), StringComparison.Ordinal);
    }

    private static async Task<Guid> CreatedAsync(HttpClient client, string units, object unit)
    {
        using var response = await client.PostAsJsonAsync(units, unit);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
