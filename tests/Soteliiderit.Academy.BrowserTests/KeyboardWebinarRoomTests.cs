using Microsoft.Playwright;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>
/// The room by keyboard alone: an English-speaking supervisor and the Finnish facilitator use Tab, Space and Enter
/// for everything, and focus stays where they are when the lists they act on are redrawn.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class KeyboardWebinarRoomTests(BrowserApp app)
{
    [Fact]
    public async Task Supervisor_and_facilitator_run_the_room_by_keyboard_and_keep_their_place()
    {
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator, "fi");
        var webinarPage = await ScheduledWebinar.ScheduleAsync(facilitator, "Näppäimistöharjoitus");
        var supervisor = await app.SignedInPageAsync(DemoAccounts.SupervisorA(5), "en");
        await supervisor.GotoAsync(webinarPage);
        await supervisor.ActivateAsync(supervisor.GetByRole(AriaRole.Button, new() { Name = "Register" }));
        await supervisor.ActivateAsync(supervisor.GetByRole(AriaRole.Link, new() { Name = "Enter the room" }).First);
        await facilitator.GotoAsync(webinarPage + "/room");
        await Assertions.Expect(supervisor.Locator("#connection")).ToHaveTextAsync("Connected");
        await Assertions.Expect(facilitator.Locator("#connection")).ToHaveTextAsync("Yhteys toimii");
        // Host controls are not on an attendee's page at all: not shown, not reachable by Tab or a screen reader.
        await Assertions.Expect(supervisor.Locator("#slide-next, #slide-previous, #poll-form, #end-webinar, #mute-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Seuraava dia" })).ToBeVisibleAsync();

        // Chat and an anonymous question.
        await supervisor.TypeIntoAsync(supervisor.Locator("#chat-text"), "Hello from the keyboard");
        await supervisor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(facilitator.Locator("#chat-log")).ToContainTextAsync("Hello from the keyboard");
        await supervisor.TypeIntoAsync(supervisor.Locator("#question-text"), "How often should a remote team meet?");
        await supervisor.TabToAsync(supervisor.Locator("#question-anonymous"));
        await supervisor.Keyboard.PressAsync("Space");
        await supervisor.TabToAsync(supervisor.GetByRole(AriaRole.Button, new() { Name = "Ask", Exact = true }));
        await supervisor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(facilitator.Locator("#question-list")).ToContainTextAsync("How often should a remote team meet?");
        // The facilitator sees who asked, marked as hidden from everyone else; the asker sees what everyone sees.
        await Assertions.Expect(facilitator.Locator("#question-list")).ToContainTextAsync("Sari Hämäläinen (nimetön muille osallistujille)");
        await Assertions.Expect(supervisor.Locator("#question-list .question .meta")).ToContainTextAsync("Anonymous");

        // Upvoting redraws the list; focus stays on the same button, now saying you upvoted.
        await supervisor.TabToAsync(supervisor.GetByRole(AriaRole.Button, new() { Name = "Me too (0)" }));
        await supervisor.Keyboard.PressAsync("Enter");
        var upvoted = supervisor.GetByRole(AriaRole.Button, new() { Name = "You too (1)" });
        await Assertions.Expect(upvoted).ToBeFocusedAsync();
        await Assertions.Expect(upvoted).ToHaveAttributeAsync("aria-pressed", "true");

        // After a reload the asker's question still reads as anonymous, and their upvote is remembered.
        await supervisor.ReloadAsync();
        await Assertions.Expect(supervisor.Locator("#question-list .question .meta")).ToContainTextAsync("Anonymous");
        await Assertions.Expect(supervisor.Locator("#question-list")).Not.ToContainTextAsync("Sari");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Button, new() { Name = "You too (1)" })).ToHaveAttributeAsync("aria-pressed", "true");

        // The facilitator marks it answered: the buttons go, focus stays with the questions.
        await facilitator.TabToAsync(facilitator.GetByRole(AriaRole.Button, new() { Name = "Merkitse vastatuksi" }));
        await facilitator.Keyboard.PressAsync("Enter");
        await Assertions.Expect(facilitator.Locator("#question-list")).ToContainTextAsync("vastattu");
        await Assertions.Expect(facilitator.Locator("#question-list")).ToBeFocusedAsync();

        // A poll started and answered by keyboard.
        await facilitator.TypeIntoAsync(facilitator.Locator("#poll-question"), "Viikkopalaveri etänä?");
        await facilitator.TypeIntoAsync(facilitator.Locator("#poll-options"), "Kyllä");
        await facilitator.Keyboard.PressAsync("Enter");
        await facilitator.Keyboard.TypeAsync("Ei");
        await facilitator.TabToAsync(facilitator.GetByRole(AriaRole.Button, new() { Name = "Aloita kysely" }));
        await facilitator.Keyboard.PressAsync("Enter");
        await supervisor.TabToAsync(supervisor.GetByLabel("Kyllä"));
        await supervisor.Keyboard.PressAsync("Space");
        await supervisor.TabToAsync(supervisor.GetByRole(AriaRole.Button, new() { Name = "Vote" }));
        await supervisor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(supervisor.Locator("#poll")).ToContainTextAsync("your vote is counted");
        await Assertions.Expect(supervisor.Locator("#poll")).ToBeFocusedAsync();
        await Assertions.Expect(facilitator.Locator("#poll")).ToContainTextAsync("Kyllä: 1 ääni (100 %)");

        // A raised hand, lowered by the facilitator from the queue.
        await supervisor.TabToAsync(supervisor.GetByRole(AriaRole.Button, new() { Name = "Raise hand" }));
        await supervisor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(supervisor.Locator("#hand")).ToHaveAttributeAsync("aria-pressed", "true");
        await facilitator.TabToAsync(facilitator.Locator("#hand-queue").GetByRole(AriaRole.Button, new() { Name = "Laske" }));
        await facilitator.Keyboard.PressAsync("Enter");
        await Assertions.Expect(supervisor.Locator("#hand")).ToHaveAttributeAsync("aria-pressed", "false");
        // The queue is empty now: focus stays in the hands section, on the line that says so.
        await Assertions.Expect(facilitator.Locator("#hand-empty")).ToBeFocusedAsync();
        await Assertions.Expect(facilitator.Locator("#hand-queue")).ToBeHiddenAsync();

        // Muting through the dialog: Escape cancels, Enter mutes, focus comes back to the button that opened it.
        var mute = facilitator.Locator("#chat-log").GetByRole(AriaRole.Button, new() { Name = "Hiljennä" });
        await facilitator.TabToAsync(mute);
        await facilitator.Keyboard.PressAsync("Enter");
        await Assertions.Expect(facilitator.Locator("#mute-heading")).ToHaveTextAsync("Kuinka moneksi minuutiksi Sari Hämäläinen hiljennetään?");
        await facilitator.Keyboard.PressAsync("Escape");
        await Assertions.Expect(facilitator.Locator("#mute-dialog")).Not.ToBeVisibleAsync();
        await Assertions.Expect(mute).ToBeFocusedAsync();
        await facilitator.Keyboard.PressAsync("Enter");
        await Assertions.Expect(facilitator.Locator("#mute-minutes")).ToBeFocusedAsync();
        await facilitator.Keyboard.PressAsync("Control+A");
        await facilitator.Keyboard.TypeAsync("5");
        await facilitator.Keyboard.PressAsync("Enter");
        await Assertions.Expect(facilitator.Locator("#mute-dialog")).Not.ToBeVisibleAsync();
        await Assertions.Expect(mute).ToBeFocusedAsync();

        // The muted person is told at once, before they try to write.
        await Assertions.Expect(supervisor.Locator("#room-error")).ToContainTextAsync("The facilitator has muted you until");
        await supervisor.TypeIntoAsync(supervisor.Locator("#chat-text"), "Can you hear me?");
        await supervisor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(supervisor.Locator("#room-error")).ToContainTextAsync("The facilitator has muted you");
        await Assertions.Expect(supervisor.Locator("#chat-text")).ToHaveValueAsync("Can you hear me?");
    }
}
