using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Tests.Materials;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>A recording sent over a connection that drops: the page tries a failed block again, and a reload continues where it was.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class ResumableUploadTests(BrowserApp app)
{
    // Three blocks of the default 8 MB.
    private static readonly byte[] Recording = SampleFiles.Mp4(20 * 1024 * 1024);

    [Fact]
    public async Task A_block_lost_on_the_way_is_sent_again_and_the_upload_reaches_100_percent()
    {
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator, "fi");
        var progress = await RecordProgressAsync(facilitator);
        var tries = 0;
        await facilitator.RouteAsync(BlockRequest(1), async route =>
        {
            if (Interlocked.Increment(ref tries) == 1)
            {
                await route.AbortAsync("connectionreset");
            }
            else
            {
                await route.ContinueAsync();
            }
        });

        await PickAndSendAsync(facilitator, "Tallenne katkoksen yli", "Katkosten tallenne.mp4");
        await facilitator.WaitForURLAsync(MaterialPage());

        Assert.Equal(2, tries);
        Assert.Contains(progress, text => text.StartsWith("Yhteys katkesi. Yritetään uudelleen 1 sekunnin kuluttua", StringComparison.Ordinal));
        Assert.Contains(progress, text => text.StartsWith("Lähetetty 100 %. Kaikki lähetetty.", StringComparison.Ordinal));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Recording)), await StoredSha256Async("Katkosten tallenne.mp4"));
    }

    [Fact]
    public async Task After_a_reload_the_same_file_continues_from_the_blocks_the_academy_has()
    {
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator, "fi");
        // The third block never gets through, as on a Wi-Fi that dropped, until the page is reloaded.
        var dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reloaded = false;
        await facilitator.RouteAsync(BlockRequest(2), async route =>
        {
            if (Volatile.Read(ref reloaded))
            {
                await route.ContinueAsync();
                return;
            }

            await route.AbortAsync("internetdisconnected");
            dropped.TrySetResult();
        });
        var secondBlock = facilitator.WaitForResponseAsync(response => BlockRequest(1).IsMatch(response.Url) && response.Status == 204);

        await PickAndSendAsync(facilitator, "Keskeytynyt tallenne", "Keskeytynyt tallenne.mp4");
        await secondBlock;
        await dropped.Task;
        await facilitator.ReloadAsync();
        Volatile.Write(ref reloaded, true);
        await Assertions.Expect(facilitator.Locator(".notice")).ToContainTextAsync("Keskeytynyt tallenne.mp4: 80 % lähetetty.");
        var sentAfterReload = new List<string>();
        facilitator.Request += (_, request) =>
        {
            if (request.Method == "PUT")
            {
                sentAfterReload.Add(request.Url);
            }
        };
        var progress = await RecordProgressAsync(facilitator);
        await PickAndSendAsync(facilitator, "Keskeytynyt tallenne", "Keskeytynyt tallenne.mp4");
        await facilitator.WaitForURLAsync(MaterialPage());

        Assert.Equal("Jatketaan tämän tiedoston aiempaa lähetystä kohdasta 80 %.", progress[0]);
        Assert.Matches(BlockRequest(2), Assert.Single(sentAfterReload));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Recording)), await StoredSha256Async("Keskeytynyt tallenne.mp4"));
    }

    [Fact]
    public async Task A_block_refused_for_good_stops_the_blocks_still_on_their_way()
    {
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator, "fi");
        await facilitator.RouteAsync(BlockRequest(1), route => route.FulfillAsync(new()
        {
            Status = 400,
            ContentType = "application/problem+json",
            Body = """{"status":400,"detail":"Osa 2 on väärän kokoinen."}""",
        }));
        // Block 2 stays on its way until the page gives it up.
        await facilitator.RouteAsync(BlockRequest(2), _ => Task.CompletedTask);
        var givenUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        facilitator.RequestFailed += (_, request) =>
        {
            if (BlockRequest(2).IsMatch(request.Url))
            {
                givenUp.TrySetResult();
            }
        };

        await PickAndSendAsync(facilitator, "Pysähtyvä tallenne", "Pysähtyvä tallenne.mp4");

        await Assertions.Expect(facilitator.Locator("[data-upload-error]")).ToHaveTextAsync("Osa 2 on väärän kokoinen.");
        await givenUp.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Assertions.Expect(facilitator.Locator("#upload-status")).ToBeEmptyAsync();
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Lähetä tiedosto", Exact = true })).ToBeEnabledAsync();
    }

    [Fact]
    public async Task An_unfinished_upload_the_facilitator_will_not_continue_is_discarded_from_the_list()
    {
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator, "fi");
        await facilitator.GotoAsync("/materials/new");
        await facilitator.EvaluateAsync("""
            async () => {
              const token = document.querySelector("form[data-upload] input[name=__RequestVerificationToken]").value;
              const headers = { "Content-Type": "application/json", RequestVerificationToken: token };
              const answer = await fetch("/materials/uploads", { method: "POST", headers, body: JSON.stringify({ fileName: "Hylättävä.mp4", length: 20000000 }) });
              if (answer.status !== 201) throw new Error(String(answer.status));
            }
            """);
        await facilitator.ReloadAsync();
        var unfinished = facilitator.Locator("[data-unfinished-upload]", new() { HasText = "Hylättävä.mp4" });
        await Assertions.Expect(unfinished).ToHaveCountAsync(1);

        await unfinished.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Hylkää.*Hylättävä\\.mp4$") }).ClickAsync();

        await Assertions.Expect(unfinished).ToHaveCountAsync(0);
        await Assertions.Expect(facilitator.Locator("#upload-status")).ToHaveTextAsync("Tiedoston Hylättävä.mp4 keskeneräinen lähetys on hylätty.");
        await Assertions.Expect(facilitator.Locator("#upload-file")).ToBeFocusedAsync();
        await facilitator.ReloadAsync();
        await Assertions.Expect(unfinished).ToHaveCountAsync(0);
    }

    private static async Task PickAndSendAsync(IPage page, string title, string fileName)
    {
        if (!page.Url.EndsWith("/materials/new", StringComparison.Ordinal))
        {
            await page.GotoAsync("/materials/new");
        }

        await page.GetByLabel("suomi").First.FillAsync(title);
        await page.Locator("#upload-file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "video/mp4", Buffer = Recording });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä tiedosto", Exact = true }).ClickAsync();
    }

    /// <summary>Every text the status line shows, in order.</summary>
    private static async Task<List<string>> RecordProgressAsync(IPage page)
    {
        var progress = new List<string>();
        await page.ExposeFunctionAsync("reportUploadProgress", (string text) =>
        {
            lock (progress)
            {
                progress.Add(text);
            }
        });
        if (!page.Url.EndsWith("/materials/new", StringComparison.Ordinal))
        {
            await page.GotoAsync("/materials/new");
        }

        await page.EvaluateAsync(
            "() => new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => n.textContent && reportUploadProgress(n.textContent)))).observe(document.getElementById('upload-status'), { childList: true })");
        return progress;
    }

    private async Task<string> StoredSha256Async(string fileName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        return await db.MaterialVersions.Where(v => v.FileName == fileName).Select(v => v.Sha256).SingleAsync();
    }

    private static Regex BlockRequest(int index) => new($"/materials/uploads/[0-9a-f-]+/blocks/{index}$");

    [GeneratedRegex("/materials/[0-9a-f-]{36}\\?saved=1$")]
    private static partial Regex MaterialPage();
}
