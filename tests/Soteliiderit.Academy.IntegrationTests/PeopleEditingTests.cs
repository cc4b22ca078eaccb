using System.Net;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests;

/// <summary>An admin changes a person's details by the rules of a new person; a new role signs them out.</summary>
public sealed class PeopleEditingTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    [Fact]
    public async Task An_admin_moves_a_supervisor_to_another_organizations_unit_and_their_hr_changes_with_them()
    {
        var person = await app.AddPersonAsync(organization: 'A', name: "Siirtyvä Esihenkilö");
        var unit = await app.AddUnitAsync(DemoSeeder.OrganizationB, "Perhepalvelut");
        using var admin = await app.BrowserAs(DemoAccounts.Admin);

        using var saved = await admin.PostFormAsync($"/admin/users/{person.Id}/edit", Fields(person.Email!, "Siirtynyt Esihenkilö", Roles.Supervisor, DemoSeeder.OrganizationB, unit));
        var page = await (await admin.GetAsync($"/admin/users/{person.Id}?saved=true")).ReadTextAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.FindUserAsync(person.Email!);
        Assert.Equal(("Siirtynyt Esihenkilö", DemoSeeder.OrganizationB, unit), (stored!.DisplayName, stored.OrganizationId, stored.UnitId));
        Assert.Contains("Perhepalvelut", page, StringComparison.Ordinal);
        using var hrA = await app.BrowserAs(DemoAccounts.HrA);
        using var hrB = await app.BrowserAs(DemoAccounts.HrB);
        Assert.DoesNotContain("Siirtynyt Esihenkilö", await (await hrA.GetAsync("/hr?search=Siirtynyt")).ReadTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Siirtynyt Esihenkilö", await (await hrB.GetAsync("/hr?search=Siirtynyt")).ReadTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_of_another_organization_a_taken_address_and_a_blank_name_are_each_named_and_nothing_changes()
    {
        var person = await app.AddPersonAsync(organization: 'A', name: "Muuttumaton Henkilö");
        var otherUnit = await app.AddUnitAsync(DemoSeeder.OrganizationB, "Vieraan organisaation yksikkö");
        using var admin = await app.BrowserAs(DemoAccounts.Admin);

        using var refused = await admin.PostFormAsync($"/admin/users/{person.Id}/edit", Fields(DemoAccounts.HrA, " ", Roles.Supervisor, DemoSeeder.OrganizationA, otherUnit));

        var html = await refused.ReadTextAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        foreach (var field in new[] { "Input_Email", "Input_DisplayName", "Input_UnitId" })
        {
            Assert.Contains($"id=\"{field}_error\"", html, StringComparison.Ordinal);
        }

        var stored = await app.FindUserAsync(person.Email!);
        Assert.Equal(("Muuttumaton Henkilö", (Guid?)null), (stored!.DisplayName, stored.UnitId));
    }

    [Fact]
    public async Task A_supervisor_made_hr_is_signed_out_and_signs_in_again_as_hr()
    {
        var person = await app.AddPersonAsync(organization: 'A');
        using var before = await app.BrowserAs(person.Email!);
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/courses")).StatusCode);
        using var admin = await app.BrowserAs(DemoAccounts.Admin);

        using var saved = await admin.PostFormAsync($"/admin/users/{person.Id}/edit", Fields(person.Email!, person.DisplayName, Roles.Hr, DemoSeeder.OrganizationA, null));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var oldSession = await before.GetAsync("/courses");
        Assert.Equal(HttpStatusCode.Redirect, oldSession.StatusCode);
        Assert.Contains("/account/login", oldSession.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var after = await app.BrowserAs(person.Email!);
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/hr")).StatusCode);
    }

    [Fact]
    public async Task Saving_a_person_unchanged_keeps_their_session()
    {
        var person = await app.AddPersonAsync(organization: 'A');
        using var session = await app.BrowserAs(person.Email!);
        using var admin = await app.BrowserAs(DemoAccounts.Admin);

        using var saved = await admin.PostFormAsync($"/admin/users/{person.Id}/edit", Fields(person.Email!, person.DisplayName, Roles.Supervisor, DemoSeeder.OrganizationA, null));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/courses")).StatusCode);
    }

    [Fact]
    public async Task Hr_cannot_open_the_admins_person_editor()
    {
        var person = await app.AddPersonAsync(organization: 'A');
        using var hr = await app.BrowserAs(DemoAccounts.HrA);

        using var editor = await hr.GetAsync($"/admin/users/{person.Id}/edit");

        Assert.NotEqual(HttpStatusCode.OK, editor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.BrowserAs(DemoAccounts.Admin)).GetAsync($"/admin/users/{Guid.NewGuid()}/edit")).StatusCode);
    }

    private static Dictionary<string, string> Fields(string email, string name, string role, Guid organization, Guid? unit) => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = name,
        ["Input.Role"] = role,
        ["Input.OrganizationId"] = organization.ToString(),
        ["Input.UnitId"] = unit?.ToString() ?? "",
        ["Input.Language"] = "fi",
    };
}
