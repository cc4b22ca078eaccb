using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>A supervisor on a 390 px phone: the room fits the screen, tabs show what is new, a double tap is one tap.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PhoneRoomTests(BrowserApp app)
{
    [Fact]
    public async Task On_a_phone_the_room_starts_near_the_top_shows_new_things_on_its_tabs_and_a_double_tap_counts_once_without_an_error()
    {
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator, "fi");
        var webinarPage = await ScheduledWebinar.ScheduleAsync(facilitator, "Puhelinharjoitus");
        var supervisor = await app.SignedInPageAsync(DemoAccounts.SupervisorA(4), "fi");
        await supervisor.SetViewportSizeAsync(390, 844);
        await ScheduledWebinar.RegisterAndEnterAsync(supervisor, webinarPage, "Ilmoittaudu", "Sinulla on paikka.", "Siirry tilaisuuteen");
        await facilitator.GotoAsync(webinarPage + "/room");
        await Assertions.Expect(supervisor.Locator("#connection")).ToHaveTextAsync("Yhteys toimii");

        // The header is one line; the room's tabs and the hand are on the first screen without scrolling.
        var header = await supervisor.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 72, $"the header takes {header.Height} px");
        foreach (var first in new[] { supervisor.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Kysely") }), supervisor.Locator("#hand") })
        {
            Assert.True(await first.EvaluateAsync<bool>("e => e.getBoundingClientRect().bottom <= window.innerHeight"), $"{first} is below the first screen");
        }

        Assert.True(await supervisor.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the room scrolls sideways");

        // No questions yet: a line says so, not a numbered list with one item.
        await Assertions.Expect(facilitator.Locator("#question-empty")).ToBeVisibleAsync();
        await Assertions.Expect(facilitator.Locator("#question-list")).ToBeHiddenAsync();

        // A question from the facilitator shows as new on the questions tab while the supervisor reads the chat.
        await facilitator.Locator("#question-text").FillAsync("Mikä toimii teillä parhaiten?");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Kysy", Exact = true }).ClickAsync();
        var questions = supervisor.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Kysymykset") });
        await Assertions.Expect(questions).ToContainTextAsync("uutta");
        await questions.ClickAsync();
        await Assertions.Expect(questions).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(supervisor.Locator("#panel-chat")).ToBeHiddenAsync();

        // A double tap on "Me too" is one upvote and no error.
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Minäkin (0)" }).DblClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Button, new() { Name = "Sinäkin (1)" })).ToBeVisibleAsync();
        await Assertions.Expect(facilitator.Locator("#question-list")).ToContainTextAsync("1 ääni");
        await Assertions.Expect(supervisor.Locator("#room-error")).ToBeHiddenAsync();

        // A poll opens while the questions tab is showing: the poll tab says so; a double tap on Vote votes once.
        await facilitator.Locator("#poll-question").FillAsync("Kokoonnutteko viikoittain?");
        await facilitator.Locator("#poll-options").FillAsync("Kyllä\nEi");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Aloita kysely" }).ClickAsync();
        var poll = supervisor.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Kysely") });
        await Assertions.Expect(poll).ToContainTextAsync("uutta");
        await poll.ClickAsync();
        await supervisor.GetByLabel("Kyllä").CheckAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Äänestä" }).DblClickAsync();
        await Assertions.Expect(supervisor.Locator("#poll")).ToContainTextAsync("äänesi on laskettu");
        await Assertions.Expect(facilitator.Locator("#poll")).ToContainTextAsync("Kyllä: 1 ääni (100 %)");
        await Assertions.Expect(supervisor.Locator("#room-error")).ToBeHiddenAsync();
    }
}
