using Microsoft.Playwright;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>HR reads its completion dashboard in a real browser: Chart.js draws each chart beside its table, and the filters narrow both.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class HrDashboardTests(BrowserApp app)
{
    [Theory]
    [InlineData("fi", "Koko organisaatio", "Suoritukset yksiköittäin")]
    [InlineData("sv", "Hela organisationen", "Slutförande per enhet")]
    public async Task Hr_sees_the_charts_drawn_beside_their_tables_and_narrows_them_to_one_unit_on_a_phone(string language, string wholeOrganization, string byUnit)
    {
        var page = await app.SignedInPageAsync(DemoAccounts.HrA, language);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/hr/dashboard");

        await Assertions.Expect(page.Locator("canvas[data-drawn=true]")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = byUnit })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#by-course-table tbody tr")).Not.ToHaveCountAsync(0);
        var topUnits = await page.Locator("#by-unit-table tbody tr").CountAsync();
        Assert.True(topUnits > 0);
        Assert.Equal(wholeOrganization, (await page.Locator("#UnitId option:checked").TextContentAsync())?.Trim());

        var unit = await page.Locator("#UnitId option").Nth(1).TextContentAsync();
        await page.Locator("#UnitId").SelectOptionAsync(new SelectOptionValue { Label = unit! });
        await page.GetByRole(AriaRole.Button, new() { Name = language == "fi" ? "Näytä" : "Visa" }).ClickAsync();

        await Assertions.Expect(page.Locator("canvas[data-drawn=true]")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#by-unit-table tbody tr").First).ToContainTextAsync(unit!.Trim());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "The dashboard scrolls sideways at 390 px");
    }
}
