using Microsoft.Playwright;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>
/// A supervisor's socket is cut in Chromium while the facilitator keeps talking. The route in front of the page's
/// WebSocket closes it, and a gate on the negotiate request keeps the page away until the test lets it back, so
/// messages certainly pass while it is gone. The @microsoft/signalr client reconnects on its own and the room asks for
/// what it missed.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WebinarReconnectTests(BrowserApp app)
{
    private const int Messages = 24;

    [Fact]
    public async Task A_cut_connection_comes_back_with_every_missed_message_once_and_in_order()
    {
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator, "fi");
        var webinarPage = await ScheduledWebinar.ScheduleAsync(facilitator, "Yhteyskatkon harjoitus");
        var supervisor = await app.SignedInPageAsync(DemoAccounts.SupervisorA(4), "fi");
        var line = await LineAsync(supervisor);
        await ScheduledWebinar.RegisterAndEnterAsync(supervisor, webinarPage, "Ilmoittaudu", "Sinulla on paikka.", "Siirry tilaisuuteen");
        await facilitator.GotoAsync(webinarPage + "/room");
        await Assertions.Expect(supervisor.Locator("#connection")).ToHaveTextAsync("Yhteys toimii");
        await Assertions.Expect(facilitator.Locator("#connection")).ToHaveTextAsync("Yhteys toimii");

        var sixthSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var eighteenthSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var talking = TalkAsync(facilitator, sent => (sent == 6 ? sixthSent : sent == 18 ? eighteenthSent : null)?.TrySetResult());

        await sixthSent.Task;
        await line.CutAsync();
        await Assertions.Expect(supervisor.Locator("#connection")).ToHaveTextAsync("Yhteys katkesi, yhdistetään uudelleen…");
        await eighteenthSent.Task;
        line.Reopen();
        await talking;

        await Assertions.Expect(supervisor.Locator("#connection")).ToHaveTextAsync("Yhteys toimii");
        await Assertions.Expect(supervisor.Locator("#chat-log")).ToContainTextAsync($"Viesti {Messages}.");
        var shown = await supervisor.Locator("#chat-log .chat-text").AllTextContentsAsync();
        Assert.Equal(Enumerable.Range(1, Messages).Select(n => $"Viesti {n}."), shown);

        // The webinar ends while the supervisor is away: coming back closes the room instead of leaving it broken.
        await line.CutAsync();
        await Assertions.Expect(supervisor.Locator("#connection")).ToHaveTextAsync("Yhteys katkesi, yhdistetään uudelleen…");
        facilitator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Päätä webinaari" }).ClickAsync();
        await Assertions.Expect(facilitator.Locator("#connection")).ToHaveTextAsync("Webinaari on päättynyt");
        line.Reopen();
        await Assertions.Expect(supervisor.Locator("#connection")).ToHaveTextAsync("Webinaari on päättynyt");
        await Assertions.Expect(supervisor.Locator("#chat-text")).ToBeDisabledAsync();
    }

    /// <summary>The facilitator sends the numbered messages one after another, each acknowledged before the next.</summary>
    private static async Task TalkAsync(IPage facilitator, Action<int> afterSending)
    {
        for (var n = 1; n <= Messages; n++)
        {
            await facilitator.Locator("#chat-text").FillAsync($"Viesti {n}.");
            await facilitator.Locator("#chat-text").PressAsync("Enter");
            // The box empties only when the hub acknowledged the stored message.
            await Assertions.Expect(facilitator.Locator("#chat-text")).ToHaveValueAsync("");
            afterSending(n);
        }
    }

    private static async Task<Line> LineAsync(IPage page)
    {
        var line = new Line();
        await page.RouteWebSocketAsync(url => url.Contains("/hubs/webinar", StringComparison.Ordinal), socket =>
        {
            socket.ConnectToServer();
            line.Socket = socket;
        });
        await page.RouteAsync(url => url.Contains("/hubs/webinar/negotiate", StringComparison.Ordinal), async route =>
        {
            await line.Open;
            await route.ContinueAsync();
        });
        return line;
    }

    /// <summary>The page's connection to the hub, which the test can cut and keep down until it reopens it.</summary>
    private sealed class Line
    {
        private TaskCompletionSource _open = Opened();

        public IWebSocketRoute? Socket { get; set; }

        public Task Open => _open.Task;

        public async Task CutAsync()
        {
            _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await Socket!.CloseAsync(new() { Code = 4000, Reason = "cut by the test" });
        }

        public void Reopen() => _open.TrySetResult();

        private static TaskCompletionSource Opened()
        {
            var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            open.SetResult();
            return open;
        }
    }
}
