using Microsoft.Playwright;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>The admin compares employers on a phone: from the admin page to the table, narrowed to one course, no person in it.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ComparisonTests(BrowserApp app)
{
    [Fact]
    public async Task The_admin_finds_the_comparison_narrows_it_to_one_course_and_sees_employers_and_the_nation_but_no_person()
    {
        var page = await app.SignedInPageAsync(DemoAccounts.Admin, "fi");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "Työnantajien vertailu" }).ClickAsync();
        var course = (await page.Locator("#CourseId option").Nth(1).TextContentAsync())!.Trim();
        await page.Locator("#CourseId").SelectOptionAsync(new SelectOptionValue { Label = course });
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä" }).ClickAsync();

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Organisaatiot ja koko maan luvut" });
        await Assertions.Expect(table.Locator("tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(table.Locator("tbody")).ToContainTextAsync("Kuusiston kaupunki");
        await Assertions.Expect(table.Locator("tfoot th[scope=row]")).ToHaveTextAsync("Koko maa");
        Assert.Equal(course, (await page.Locator("#CourseId option:checked").TextContentAsync())?.Trim());
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("@academy.test");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Laskettu");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "The comparison scrolls sideways at 390 px");
    }
}
