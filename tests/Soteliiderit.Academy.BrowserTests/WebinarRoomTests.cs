using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>A facilitator (Finnish) and a supervisor (Swedish, on a phone-sized screen) run a webinar together in two Chromium pages.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WebinarRoomTests(BrowserApp app)
{
    [Fact]
    public async Task A_facilitator_and_a_supervisor_exchange_chat_a_question_a_poll_and_slides_live()
    {
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator, "fi");
        var webinarPage = await ScheduledWebinar.ScheduleAsync(facilitator);
        // The plan form opened again and saved unchanged keeps the plan: same time, same slides in the same order.
        var when = await facilitator.Locator(".facts dd").First.InnerTextAsync();
        await facilitator.GotoAsync(webinarPage + "/edit");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        // What the page shows is awaited below; its load event (scripts, styles) is not what this step is about.
        await facilitator.WaitForURLAsync(new Regex(Regex.Escape(webinarPage) + "$"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(facilitator.Locator(".facts dd").First).ToHaveTextAsync(when);

        var supervisor = await app.SignedInPageAsync(DemoAccounts.SupervisorB(1), "sv");
        await supervisor.SetViewportSizeAsync(375, 740);
        await supervisor.GotoAsync(webinarPage);
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Anmäl dig" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator(".notice")).ToContainTextAsync("Du har en plats.");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "Gå in i rummet" }).First.ClickAsync();
        await facilitator.GotoAsync(webinarPage + "/room");
        await Assertions.Expect(facilitator.Locator("#connection")).ToHaveTextAsync("Yhteys toimii");
        await Assertions.Expect(supervisor.Locator("#connection")).ToHaveTextAsync("Ansluten");
        Assert.True(await supervisor.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the room scrolls sideways at phone width");

        // Chat: the facilitator is typing a question meanwhile; the message is announced politely without moving focus.
        await facilitator.Locator("#question-text").FillAsync("Kirjoitan");
        await supervisor.Locator("#chat-text").FillAsync("Hej från Vasa! <b>ingen html</b>");
        await supervisor.Locator("#chat-text").PressAsync("Enter");
        await Assertions.Expect(facilitator.Locator("#chat-log")).ToContainTextAsync("Hej från Vasa! <b>ingen html</b>");
        await Assertions.Expect(facilitator.Locator("#chat-announcer")).ToContainTextAsync("Hej från Vasa!");
        Assert.Equal("question-text", await facilitator.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(0, await facilitator.Locator("#chat-log b").CountAsync());
        await Assertions.Expect(supervisor.Locator("#chat-text")).ToHaveValueAsync("");

        // On the phone the room's parts are tabs: a question from the questions tab.
        await supervisor.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Frågor") }).ClickAsync();
        await supervisor.Locator("#question-text").FillAsync("Hur ger man feedback på distans?");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Fråga", Exact = true }).ClickAsync();
        await Assertions.Expect(facilitator.Locator("#question-list")).ToContainTextAsync("Hur ger man feedback på distans?");

        // An over-long message: the box counts down instead of cutting, and the hub refuses it in Swedish with the connection kept.
        await supervisor.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Chatt") }).ClickAsync();
        await supervisor.Locator("#chat-text").FillAsync(new string('x', 501));
        await Assertions.Expect(supervisor.Locator("#chat-text-count")).ToHaveTextAsync("1 tecken för mycket (högst 500)");
        await supervisor.Locator("#chat-text").PressAsync("Enter");
        await Assertions.Expect(supervisor.Locator("#room-error")).ToContainTextAsync("500");
        await Assertions.Expect(supervisor.Locator("#connection")).ToHaveTextAsync("Ansluten");

        // A poll: live results for the facilitator only, results for everyone when it closes.
        await facilitator.Locator("#poll-question").FillAsync("Pidättekö viikkopalaverin?");
        await facilitator.Locator("#poll-options").FillAsync("Kyllä\nEi");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Aloita kysely" }).ClickAsync();
        // Reading the chat, the supervisor sees at the top that a poll has opened.
        var pollTab = supervisor.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Omröstning") });
        await Assertions.Expect(pollTab).ToContainTextAsync("nytt");
        await Assertions.Expect(supervisor.Locator("#room-announcer")).ToContainTextAsync("En omröstning har börjat: Pidättekö viikkopalaverin?");
        Assert.True(await pollTab.EvaluateAsync<bool>("tab => tab.getBoundingClientRect().bottom <= window.innerHeight"), "the poll tab is off the phone's screen");
        await pollTab.ClickAsync();
        await Assertions.Expect(pollTab).Not.ToContainTextAsync("nytt");
        await supervisor.GetByLabel("Kyllä").CheckAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Rösta" }).ClickAsync();
        await Assertions.Expect(facilitator.Locator("#poll")).ToContainTextAsync("Kyllä: 1 ääni (100 %)");
        await Assertions.Expect(supervisor.Locator("#poll")).Not.ToContainTextAsync("100 %");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Sulje kysely" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator("#poll")).ToContainTextAsync("Kyllä: 1 röst (100 %)");

        // Before the first slide the stage says what comes next; the slide buttons are the facilitator's alone.
        await Assertions.Expect(supervisor.Locator("#stage-card")).ToContainTextAsync("Härnäst: Välmåendecheck i hybridarbete");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Button, new() { Name = "Nästa bild" })).ToHaveCountAsync(0);
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Button, new() { Name = "Föregående bild" })).ToHaveCountAsync(0);

        // Slides follow the facilitator; a PDF deck goes page by page (the team agreement has two pages).
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Seuraava dia" }).ClickAsync();
        // The facilitator numbered the wellbeing check-in first, although the library lists it second.
        await Assertions.Expect(supervisor.Locator("#slide-caption")).ToContainTextAsync("Bild 1 av 3 – Välmåendecheck i hybridarbete");
        await Assertions.Expect(supervisor.Locator("#stage-card")).ToBeHiddenAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Seuraava dia" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Seuraava dia" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator("#slide-caption")).ToContainTextAsync("Bild 3 av 3 – Distansteamets spelregler");
        // On the phone a clear link to the page; on the facilitator's desktop the browser's own PDF viewer at that page.
        await Assertions.Expect(supervisor.Locator("#slide a")).ToHaveTextAsync("Öppna sidan 2: Distansteamets spelregler – samtalsunderlag");
        await Assertions.Expect(supervisor.Locator("#slide a")).ToHaveAttributeAsync("href", new Regex("inline=true#page=2&navpanes=0&view=FitH$"));
        await Assertions.Expect(facilitator.Locator("#slide iframe.room-pdf")).ToHaveAttributeAsync("src", new Regex($"/materials/{DemoMaterials.TeamAgreement}/download\\?inline=true#page=2&navpanes=0&view=FitH$"));

        // The end: the room closes for everyone, and the webinar's page keeps the FAQ and the chat.
        facilitator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Päätä webinaari" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator("#connection")).ToHaveTextAsync("Webbinariet har avslutats");
        await supervisor.GotoAsync(webinarPage);
        await Assertions.Expect(supervisor.Locator(".faq")).ToContainTextAsync("Hur ger man feedback på distans?");
        await Assertions.Expect(supervisor.Locator(".transcript")).ToContainTextAsync("Hej från Vasa!");
        await facilitator.GotoAsync(webinarPage);
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Table).Last).ToContainTextAsync("Johanna Lindqvist");
    }

}
