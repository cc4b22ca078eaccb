using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Soteliiderit.Academy.Tests.Materials;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed partial class MaterialUploadTests(BrowserApp app)
{
    [Fact]
    public async Task A_facilitator_sees_the_upload_progress_and_a_supervisor_downloads_the_published_recording()
    {
        var recording = SampleFiles.Mp4(24 * 1024 * 1024);
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator, "fi");
        var progress = new List<string>();
        await facilitator.ExposeFunctionAsync("reportUploadProgress", (string text) =>
        {
            lock (progress)
            {
                progress.Add(text);
            }
        });
        await facilitator.GotoAsync("/materials/new");
        // Before anything is sent there is no empty progress track, and the upload and download buttons use different words.
        await Assertions.Expect(facilitator.Locator("[data-upload-progress]")).ToBeHiddenAsync();
        await facilitator.EvaluateAsync(
            "() => new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => n.textContent && reportUploadProgress(n.textContent)))).observe(document.getElementById('upload-status'), { childList: true })");

        await facilitator.GetByLabel("suomi").First.FillAsync("Webinaarin tallenne: luottamus etätiimissä");
        await facilitator.Locator("#upload-file").SetInputFilesAsync(new FilePayload { Name = "Webinaarin tallenne.mp4", MimeType = "video/mp4", Buffer = recording });
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Lähetä tiedosto", Exact = true }).ClickAsync();
        await facilitator.WaitForURLAsync(MaterialPage());

        await Assertions.Expect(facilitator.Locator("main .notice[role=status]")).ToHaveTextAsync("Tiedosto on tallennettu. Materiaali on luonnos: esihenkilöt näkevät sen, kun julkaiset sen.");
        Assert.Contains("Lähetetty 0 %", progress);
        Assert.Contains(progress, text => text.StartsWith("Lähetetty 100 %. Kaikki lähetetty.", StringComparison.Ordinal));
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Lähetä uusi versio" })).ToBeVisibleAsync();
        await Assertions.Expect(facilitator.Locator("[data-upload-progress]")).ToBeHiddenAsync();
        await Assertions.Expect(facilitator.Locator("h1")).ToHaveTextAsync("Webinaarin tallenne: luottamus etätiimissä");
        // The details form saved unchanged keeps the title and the theme ticked.
        var material = facilitator.Url.Split('?')[0];
        await facilitator.GetByRole(AriaRole.Link, new() { Name = "Muokkaa otsikkoa, kuvausta ja teemoja" }).ClickAsync();
        await facilitator.GetByLabel("Etäjohtaminen").CheckAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await facilitator.WaitForURLAsync(material);
        await facilitator.GetByRole(AriaRole.Link, new() { Name = "Muokkaa otsikkoa, kuvausta ja teemoja" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await facilitator.WaitForURLAsync(material);
        await Assertions.Expect(facilitator.Locator("h1")).ToHaveTextAsync("Webinaarin tallenne: luottamus etätiimissä");
        await Assertions.Expect(facilitator.Locator(".facts")).ToContainTextAsync("Etäjohtaminen");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Julkaise esihenkilöille" }).ClickAsync();
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Palauta luonnokseksi" })).ToBeVisibleAsync();

        var supervisor = await app.SignedInPageAsync(DemoAccounts.SupervisorA(1), "fi");
        await supervisor.SetViewportSizeAsync(390, 844);
        await supervisor.GotoAsync("/materials?q=luottamus");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "Webinaarin tallenne: luottamus etätiimissä" }).ClickAsync();
        // On a phone the versions table with its long file name fits the screen.
        await Assertions.Expect(supervisor.Locator("table.versions")).ToContainTextAsync("Webinaarin tallenne.mp4");
        Assert.True(await supervisor.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the material page scrolls sideways at phone width");
        var download = await supervisor.RunAndWaitForDownloadAsync(() =>
            supervisor.GetByRole(AriaRole.Link, new() { Name = "Lataa Webinaarin tallenne.mp4" }).ClickAsync());

        Assert.Equal("Webinaarin tallenne.mp4", download.SuggestedFilename);
        Assert.Equal(recording, await File.ReadAllBytesAsync(await download.PathAsync()));
    }

    [Fact]
    public async Task A_refused_file_is_explained_in_the_uploaders_language()
    {
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator, "sv");
        await facilitator.GotoAsync("/materials/new");

        // A missing title is told beside the title boxes, and the first box is marked, before anything is sent.
        await facilitator.Locator("#upload-file").SetInputFilesAsync(new FilePayload { Name = "guide.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Executable() });
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ladda upp", Exact = true }).ClickAsync();
        var firstTitle = facilitator.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Rubrik") }).GetByRole(AriaRole.Textbox).First;
        await Assertions.Expect(firstTitle).ToBeFocusedAsync();
        await Assertions.Expect(firstTitle).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(firstTitle).ToHaveAccessibleDescriptionAsync(new Regex("^Ge materialet en titel på minst ett språk\\."));

        await facilitator.GetByLabel("svenska").First.FillAsync("Program");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ladda upp", Exact = true }).ClickAsync();
        await Assertions.Expect(firstTitle).Not.ToHaveAttributeAsync("aria-invalid", "true");

        await Assertions.Expect(facilitator.Locator("[data-upload-error]")).ToContainTextAsync("Den här typen av fil godkänns inte.");
        Assert.EndsWith("/materials/new", facilitator.Url, StringComparison.Ordinal);
    }

    [GeneratedRegex("/materials/[0-9a-f-]{36}\\?saved=1$")]
    private static partial Regex MaterialPage();
}
