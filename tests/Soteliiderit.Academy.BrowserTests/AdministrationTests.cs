using System.Text;
using Microsoft.Playwright;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>An admin's and an HR person's first day: sign-in trouble, set-password links, a big import, a long list on a phone.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AdministrationTests(BrowserApp app)
{
    [Fact]
    public async Task Sign_in_errors_name_their_field_and_a_locked_account_says_so_until_an_admin_unlocks_it_and_copies_a_new_link()
    {
        var person = DemoAccounts.SupervisorB(6);
        var login = await app.NewPageAsync("fi");
        await login.GotoAsync("/account/login");
        await login.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
        await Assertions.Expect(login.Locator(".error-summary")).ToContainTextAsync("Sähköpostiosoite: Tämä on pakollinen tieto.");
        await Assertions.Expect(login.Locator(".error-summary")).ToContainTextAsync("Salasana: Tämä on pakollinen tieto.");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(login, person, $"väärä-{attempt}");
        }

        await Assertions.Expect(login.Locator(".error-summary")).ToContainTextAsync("jos tällä osoitteella on tili, se on lukittu 15 minuutiksi");
        await SignInAsync(login, person, BrowserApp.Password);
        await Assertions.Expect(login.Locator(".error-summary")).ToContainTextAsync("se on lukittu 15 minuutiksi");

        var admin = await app.SignedInPageAsync(DemoAccounts.Admin, "fi");
        await admin.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await admin.GotoAsync("/admin/users?search=salonen");
        await Assertions.Expect(admin.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(admin.Locator("tbody tr")).ToContainTextAsync("Lukittu");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Antti Salonen" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Avaa lukitus" }).ClickAsync();
        await Assertions.Expect(admin.Locator("main [role=status]")).ToContainTextAsync("Tilin lukitus on avattu");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Uusi salasanalinkki" }).ClickAsync();
        var link = admin.Locator("#set-password-link");
        await Assertions.Expect(link).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/account/set-password\\?user=.+&token=.+"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Kopioi" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-copy-status]")).ToHaveTextAsync("Kopioitu.");
        Assert.Equal(await link.InputValueAsync(), await admin.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        await SignInAsync(login, person, BrowserApp.Password);
        await Assertions.Expect(login.Locator(".error-summary")).ToHaveCountAsync(0);
        Assert.DoesNotContain("/account/login", login.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_imports_sixty_supervisors_watching_the_progress_and_downloads_their_links_as_a_csv_file()
    {
        var rows = Enumerable.Range(1, 60).Select(i => $"tuonti{i}@kunta.example;Tuotu Esihenkilö {i};fi");
        var csv = Encoding.UTF8.GetBytes("email;name;language\n" + string.Join("\n", rows) + "\n");
        var admin = await app.SignedInPageAsync(DemoAccounts.Admin, "fi");
        await admin.GotoAsync("/admin/users/import");
        var steps = new List<string>();
        await admin.ExposeFunctionAsync("reportImport", (string text) =>
        {
            lock (steps)
            {
                steps.Add(text);
            }
        });
        // Every text the status line took, also when several steps arrive in one read and are shown within one task.
        await admin.EvaluateAsync("() => new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => reportImport(n.textContent)))).observe(document.getElementById('import-status'), { childList: true })");

        await admin.GetByLabel("CSV-tiedosto").SetInputFilesAsync(new FilePayload { Name = "esihenkilot.csv", MimeType = "text/csv", Buffer = csv });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tuo", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.Locator("#import-result [role=status] h2")).ToHaveTextAsync("60 esihenkilöä tuotu");
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = "Lataa salasanalinkit (CSV)" }).ClickAsync());

        Assert.Contains("Tuodaan: 25/60 henkilöä lisätty…", steps);
        var lines = (await File.ReadAllTextAsync(await download.PathAsync())).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(61, lines.Length);
        Assert.StartsWith("Nimi;Sähköpostiosoite;", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.Matches("^Tuotu Esihenkilö \\d+;tuonti\\d+@kunta\\.example;https?://.+/account/set-password\\?user=", line));
    }

    [Fact]
    public async Task Hr_on_a_phone_sees_the_whole_caption_finds_a_supervisor_and_makes_a_set_password_link()
    {
        var hr = await app.SignedInPageAsync(DemoAccounts.HrA, "fi");
        await hr.SetViewportSizeAsync(390, 844);
        await hr.GotoAsync("/hr");

        var caption = await hr.Locator("#hr-caption").BoundingBoxAsync();
        Assert.True(caption!.X >= 0 && caption.X + caption.Width <= 390, "the table's caption runs off the phone's screen");
        await hr.GetByLabel("Hae nimellä tai sähköpostiosoitteella").FillAsync("mäkelä");
        await hr.GetByRole(AriaRole.Button, new() { Name = "Hae", Exact = true }).ClickAsync();
        await Assertions.Expect(hr.Locator("#hr-caption")).ToHaveTextAsync("1 esihenkilö ja hänen tilanteensa kullakin kurssilla");
        await hr.Locator("tbody").GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(hr.Locator("main [role=status]")).ToContainTextAsync("Juha Mäkelä");
        await Assertions.Expect(hr.Locator("#set-password-link")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/account/set-password\\?user="));
    }

    [Fact]
    public async Task An_admin_on_a_phone_adds_a_supervisor_to_a_unit_saves_them_unchanged_and_moves_them_to_another_employers_unit()
    {
        var admin = await app.SignedInPageAsync(DemoAccounts.Admin, "fi");
        await admin.SetViewportSizeAsync(390, 844);
        await admin.GotoAsync("/admin/users/new");
        await admin.GetByLabel("Sähköpostiosoite").FillAsync("siirtyva.esihenkilo@kunta.example");
        await admin.GetByLabel("Nimi", new() { Exact = true }).FillAsync("Siiri Siirtyvä");
        await admin.GetByLabel("Organisaatio").SelectOptionAsync(new SelectOptionValue { Label = "Kuusiston kaupunki" });
        // The unit list follows the organization without a round trip.
        await admin.GetByLabel("Yksikkö").SelectOptionAsync(new SelectOptionValue { Label = "Kaupunkiympäristö / Rakennusvalvonta" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lisää henkilö" }).ClickAsync();
        await Assertions.Expect(admin.Locator("dl.facts")).ToContainTextAsync("Kaupunkiympäristö / Rakennusvalvonta");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Muuta tietoja" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tallenna muutokset" }).ClickAsync();
        await Assertions.Expect(admin.Locator("main [role=status]")).ToHaveTextAsync("Muutokset tallennettiin.");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Muuta tietoja" }).ClickAsync();
        await admin.GetByLabel("Organisaatio").SelectOptionAsync(new SelectOptionValue { Label = "Länsirannikon hyvinvointialue" });
        await Assertions.Expect(admin.GetByLabel("Yksikkö").Locator("option", new() { HasText = "Rakennusvalvonta" })).ToHaveCountAsync(0);
        await admin.GetByLabel("Yksikkö").SelectOptionAsync(new SelectOptionValue { Label = "Terveydenhuolto / Päivystys" });
        var button = await admin.GetByRole(AriaRole.Button, new() { Name = "Tallenna muutokset" }).BoundingBoxAsync();
        Assert.True(button!.X + button.Width <= 390, "the save button runs off the phone's screen");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tallenna muutokset" }).ClickAsync();

        await Assertions.Expect(admin.Locator("main [role=status]")).ToHaveTextAsync("Muutokset tallennettiin.");
        await Assertions.Expect(admin.Locator("dl.facts")).ToContainTextAsync("Länsirannikon hyvinvointialue");
        await Assertions.Expect(admin.Locator("dl.facts")).ToContainTextAsync("Terveydenhuolto / Päivystys");
    }

    [Fact]
    public async Task Hr_builds_a_branch_of_its_unit_tree_and_renames_a_unit()
    {
        var hr = await app.SignedInPageAsync(DemoAccounts.HrA, "fi");
        await hr.GotoAsync("/hr");
        await hr.GetByRole(AriaRole.Link, new() { Name = "Yksiköt", Exact = true }).ClickAsync();
        await hr.GetByLabel("Nimi suomeksi").FillAsync("Kulttuuri ja vapaa-aika");
        await hr.GetByRole(AriaRole.Button, new() { Name = "Lisää yksikkö" }).ClickAsync();
        await Assertions.Expect(hr.Locator("main [role=status]")).ToHaveTextAsync("Tallennettu: Kulttuuri ja vapaa-aika.");
        await hr.GetByLabel("Nimi suomeksi").FillAsync("Kirjasto");
        await hr.GetByLabel("Minkä alla").SelectOptionAsync(new SelectOptionValue { Label = "Kulttuuri ja vapaa-aika" });
        await hr.GetByRole(AriaRole.Button, new() { Name = "Lisää yksikkö" }).ClickAsync();

        await hr.GetByRole(AriaRole.Link, new() { Name = "Nimeä tai siirrä: Kulttuuri ja vapaa-aika / Kirjasto" }).ClickAsync();
        await hr.GetByLabel("Nimi suomeksi").FillAsync("Pääkirjasto");
        await hr.GetByRole(AriaRole.Button, new() { Name = "Tallenna yksikkö" }).ClickAsync();

        await Assertions.Expect(hr.Locator("main [role=status]")).ToHaveTextAsync("Tallennettu: Kulttuuri ja vapaa-aika / Pääkirjasto.");
        await Assertions.Expect(hr.Locator("tbody th", new() { HasText = "Kulttuuri ja vapaa-aika / Pääkirjasto" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Hr_on_a_phone_assigns_a_course_to_a_branch_of_units_and_its_supervisor_finds_it_first_on_the_dashboard()
    {
        var hr = await app.SignedInPageAsync(DemoAccounts.HrA, "fi");
        await hr.SetViewportSizeAsync(390, 844);
        await hr.GotoAsync("/hr");
        await hr.GetByRole(AriaRole.Link, new() { Name = "Osoitukset", Exact = true }).ClickAsync();
        await hr.GetByRole(AriaRole.Link, new() { Name = "Osoita kurssi tai webinaari" }).ClickAsync();
        await hr.GetByLabel("Kurssi tai webinaari").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var course = await hr.GetByLabel("Kurssi tai webinaari").EvaluateAsync<string>("select => select.selectedOptions[0].textContent");
        var due = DateTime.UtcNow.AddDays(30);
        await hr.GetByLabel("Määräpäivä").FillAsync(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await hr.GetByLabel("Yksikölle (alla)").CheckAsync();
        await hr.GetByLabel("Yksikkö", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Kaupunkiympäristö" });
        await hr.GetByRole(AriaRole.Button, new() { Name = "Osoita", Exact = true }).ClickAsync();

        await Assertions.Expect(hr.Locator("main [role=status]")).ToContainTextAsync("Osoitettu 3 esihenkilölle.");
        await Assertions.Expect(hr.Locator("tbody th")).ToHaveCountAsync(3);

        var supervisor = await app.SignedInPageAsync(DemoAccounts.SupervisorA(6), "fi");
        await supervisor.GotoAsync("/");
        var first = supervisor.Locator("main h2").First;
        await Assertions.Expect(first).ToHaveTextAsync("Sinulle osoitetut");
        await Assertions.Expect(supervisor.Locator("#my-assignments + ul")).ToContainTextAsync(course.Trim());
        await Assertions.Expect(supervisor.Locator("#my-assignments + ul")).ToContainTextAsync($"määräpäivä {due:d.M.yyyy}");

        // Back on the assignment's own page: a new day saved as it is typed, then the assignment withdrawn.
        var later = due.AddDays(7);
        await hr.GetByRole(AriaRole.Textbox, new() { Name = "Määräpäivä" }).FillAsync(later.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await hr.GetByRole(AriaRole.Button, new() { Name = "Tallenna määräpäivä" }).ClickAsync();
        await Assertions.Expect(hr.Locator("main [role=status]")).ToHaveTextAsync("Uusi määräpäivä tallennettiin.");
        await Assertions.Expect(hr.Locator("dl.facts")).ToContainTextAsync(later.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await hr.GetByRole(AriaRole.Button, new() { Name = "Peru osoitus" }).ClickAsync();
        await Assertions.Expect(hr).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/hr/assignments$"));
        await supervisor.ReloadAsync();
        await Assertions.Expect(supervisor.Locator("#my-assignments")).ToHaveCountAsync(0);
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("#Input_Password").FocusAsync();
        await page.PressAndWaitForPageAsync("Enter");
    }
}
