using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>A webinar of the test's own, scheduled by a Finnish facilitator through the form, so a test may end it.</summary>
public static partial class ScheduledWebinar
{
    /// <summary>
    /// Schedules a webinar starting in ten minutes (its room already open) with the two demo worksheets as slides,
    /// numbered so that the wellbeing check-in comes first although the library lists it second.
    /// Returns the webinar page's path.
    /// </summary>
    public static async Task<string> ScheduleAsync(IPage facilitator, string title = "Palaute etänä – harjoitus")
    {
        ArgumentNullException.ThrowIfNull(facilitator);
        await facilitator.GotoAsync("/webinars/new");
        await facilitator.GetByLabel("suomi").First.FillAsync(title);
        var start = FinnishTime.ToLocal(DateTime.UtcNow.AddMinutes(10));
        await facilitator.GetByLabel("Alkaa").FillAsync(start.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await facilitator.GetByLabel("Paikkoja").FillAsync("5");
        await Slide(facilitator, "Etätiimin pelisäännöt – keskustelupohja").GetByRole(AriaRole.Checkbox).CheckAsync();
        await Slide(facilitator, "Hyvinvoinnin kuulumiskierros hybridityössä").GetByRole(AriaRole.Checkbox).CheckAsync();
        await Slide(facilitator, "Etätiimin pelisäännöt – keskustelupohja").GetByLabel("Järjestys").FillAsync("2");
        await Slide(facilitator, "Hyvinvoinnin kuulumiskierros hybridityössä").GetByLabel("Järjestys").FillAsync("1");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        // Often the suite's first write through Orleans and the first render of the webinar page: a fresh-clone run
        // once took longer than the page's 30 s here (a rerun passed), so this one wait is longer, as at sign-in.
        await facilitator.WaitForURLAsync(WebinarPage(), new() { Timeout = 90_000 });
        return new Uri(facilitator.Url).AbsolutePath;
    }

    /// <summary>Registers the signed-in person on the webinar's page and goes into its room.</summary>
    public static async Task RegisterAndEnterAsync(IPage person, string webinarPage, string register, string seated, string enter)
    {
        ArgumentNullException.ThrowIfNull(person);
        await person.GotoAsync(webinarPage);
        await person.GetByRole(AriaRole.Button, new() { Name = register }).ClickAsync();
        await Assertions.Expect(person.Locator(".notice")).ToContainTextAsync(seated);
        await person.GetByRole(AriaRole.Link, new() { Name = enter }).First.ClickAsync();
    }

    private static ILocator Slide(IPage facilitator, string title) =>
        facilitator.Locator(".slide-choice").Filter(new() { HasText = title });

    [GeneratedRegex(@"/webinars/[0-9a-f-]{36}$")]
    private static partial Regex WebinarPage();
}
