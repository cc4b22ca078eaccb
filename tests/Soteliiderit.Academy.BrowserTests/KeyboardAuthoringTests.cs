using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>A facilitator writes and publishes a course by keyboard alone, and a supervisor takes it.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class KeyboardAuthoringTests(BrowserApp app)
{
    [Fact]
    public async Task A_facilitator_writes_a_course_with_a_quiz_from_an_empty_draft_to_published_by_keyboard_and_a_supervisor_passes_it()
    {
        var facilitator = await SignInByKeyboardAsync(DemoAccounts.Facilitator);
        await facilitator.ActivateAsync(facilitator.Locator(".main-nav a[href='/authoring']"));
        await facilitator.ActivateAsync(facilitator.GetByRole(AriaRole.Link, new() { Name = "Uusi kurssi" }));
        await facilitator.TypeIntoAsync(facilitator.Locator("#Input_Title_Fi"), "Palaute etätiimissä");
        await facilitator.ActivateAsync(facilitator.GetByRole(AriaRole.Button, new() { Name = "Luo kurssi" }));
        var editor = new Uri(facilitator.Url).AbsolutePath;
        Assert.Matches(CourseEditor(), editor);

        await facilitator.TypeIntoAsync(facilitator.Locator("#NewModule_Fi"), "Palautteen perusteet");
        await facilitator.ActivateAsync(facilitator.GetByRole(AriaRole.Button, new() { Name = "Lisää moduuli" }));
        await facilitator.TypeIntoAsync(facilitator.Locator("#NewLesson_Title_Fi"), "Miksi palaute kannattaa");
        await facilitator.ActivateAsync(facilitator.GetByRole(AriaRole.Button, new() { Name = "Lisää osa" }));
        await facilitator.TypeIntoAsync(facilitator.Locator("#Input_Body_Fi"), "Palaute auttaa tiimiä onnistumaan myös etänä.");
        await SaveAsync(facilitator);

        await facilitator.ActivateAsync(facilitator.Locator(".breadcrumb a").Last);
        await facilitator.TabToAsync(facilitator.Locator("#NewLesson_Kind"));
        await facilitator.Keyboard.PressAsync("End");
        await Assertions.Expect(facilitator.Locator("#NewLesson_Kind")).ToHaveValueAsync("Quiz");
        await facilitator.TypeIntoAsync(facilitator.Locator("#NewLesson_Title_Fi"), "Tarkista ymmärryksesi");
        await facilitator.ActivateAsync(facilitator.GetByRole(AriaRole.Button, new() { Name = "Lisää osa" }));

        // One question at a time: each save offers a blank question for the next.
        await WriteQuestionAsync(facilitator, 0, "Milloin palaute kannattaa antaa?", multiple: false, ("Pian tapahtuneen jälkeen", true), ("Vuoden päästä", false));
        await SaveAsync(facilitator);
        await WriteQuestionAsync(facilitator, 1, "Mikä tekee palautteesta hyödyllistä?", multiple: true, ("Se on konkreettista", true), ("Se on kahdenkeskistä", true), ("Se tulee kerran vuodessa", false));
        await SaveAsync(facilitator);
        await Assertions.Expect(facilitator.Locator("#Input_Questions_1__Options_1__Correct")).ToBeCheckedAsync();
        await Assertions.Expect(facilitator.Locator("#Input_Questions_1__MultipleAnswers")).ToBeCheckedAsync();

        await facilitator.ActivateAsync(facilitator.Locator(".breadcrumb a").Last);
        await facilitator.ActivateAsync(facilitator.GetByRole(AriaRole.Button, new() { Name = "Julkaise" }));
        await Assertions.Expect(facilitator.Locator("main [role=status]")).ToContainTextAsync("Versio 1 on julkaistu");

        var supervisor = await SignInByKeyboardAsync(DemoAccounts.SupervisorA(5));
        await supervisor.ActivateAsync(supervisor.Locator(".main-nav a[href='/courses']"));
        await supervisor.ActivateAsync(supervisor.Locator($"main a[href='{editor.Replace("/authoring", "", StringComparison.Ordinal)}']"));
        await supervisor.ActivateAsync(supervisor.GetByRole(AriaRole.Button, new() { Name = "Ilmoittaudu kurssille" }));
        await Assertions.Expect(supervisor.Locator("main")).ToContainTextAsync("Palaute auttaa tiimiä onnistumaan myös etänä.");
        await supervisor.ActivateAsync(supervisor.GetByRole(AriaRole.Button, new() { Name = "Merkitse tehdyksi ja jatka" }));

        // Nothing answered is not a failed attempt: the page asks for the answers, naming the questions.
        await supervisor.ActivateAsync(supervisor.GetByRole(AriaRole.Button, new() { Name = "Tarkista vastaukseni" }));
        await Assertions.Expect(supervisor.Locator(".error-summary")).ToContainTextAsync("Valitse vastaus kysymykseen 1.");
        await Assertions.Expect(supervisor.Locator(".error-summary")).ToContainTextAsync("Valitse vastaus kysymykseen 2.");
        await Assertions.Expect(supervisor.Locator(".lesson [role=status]")).ToHaveCountAsync(0);
        Assert.Equal(1, await supervisor.Locator(".question").Nth(1).GetByText("Valitse kaikki sopivat.").CountAsync());

        await supervisor.TabToAsync(supervisor.Locator("#q0-o0"));
        await supervisor.Keyboard.PressAsync("Space");
        await supervisor.TabToAsync(supervisor.Locator("#q1-o0"));
        await supervisor.Keyboard.PressAsync("Space");
        await supervisor.TabToAsync(supervisor.Locator("#q1-o1"));
        await supervisor.Keyboard.PressAsync("Space");
        await supervisor.ActivateAsync(supervisor.GetByRole(AriaRole.Button, new() { Name = "Tarkista vastaukseni" }));

        await Assertions.Expect(supervisor.Locator("main")).ToContainTextAsync("Onnittelut, olet suorittanut kurssin!");
        await Assertions.Expect(supervisor.Locator(".certificate")).ToContainTextAsync("Palaute etätiimissä");
    }

    [Fact]
    public async Task A_seeded_quiz_saved_unchanged_is_saved_and_leaves_nothing_new_to_publish()
    {
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator);
        var course = $"/authoring/courses/{DemoCourses.WellbeingInHybridWork}";
        await facilitator.GotoAsync(course);
        await facilitator.GetByRole(AriaRole.Link, new() { Name = "Tietovisa: hyvinvointia hybridityöhön" }).ClickAsync();

        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await Assertions.Expect(facilitator.Locator(".error-summary")).ToHaveCountAsync(0);
        await Assertions.Expect(facilitator.Locator("main [role=status]")).ToHaveTextAsync("Tallennettu.");
        await facilitator.GotoAsync(course);

        await Assertions.Expect(facilitator.Locator(".badge--warning")).ToHaveCountAsync(0);
        await Assertions.Expect(facilitator.Locator("#publish-heading + p")).ToContainTextAsync("Opiskelijat näkevät uusimman version");
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Julkaise" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Deleting_a_lesson_asks_for_a_ticked_confirmation_first()
    {
        var facilitator = await app.SignedInPageAsync(DemoAccounts.Facilitator);
        await facilitator.GotoAsync("/authoring/new");
        await facilitator.Locator("#Input_Title_Fi").FillAsync("Poistettava kurssi");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Luo kurssi" }).ClickAsync();
        await facilitator.Locator("#NewModule_Fi").FillAsync("Moduuli");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Lisää moduuli" }).ClickAsync();
        await facilitator.Locator("#NewLesson_Title_Fi").FillAsync("Poistettava osa");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Lisää osa" }).ClickAsync();

        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Poista osa" }).ClickAsync();
        await Assertions.Expect(facilitator.Locator(".error-summary")).ToContainTextAsync("Vahvista poisto rastittamalla ruutu.");
        await facilitator.GetByLabel("Kyllä, poista tämä osa luonnoksesta.").CheckAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Poista osa" }).ClickAsync();

        await Assertions.Expect(facilitator.Locator("#modules")).ToBeVisibleAsync();
        await Assertions.Expect(facilitator.Locator("main")).Not.ToContainTextAsync("Poistettava osa");
    }

    private async Task<IPage> SignInByKeyboardAsync(string email)
    {
        var page = await app.NewPageAsync("fi");
        await page.GotoAsync("/account/login");
        await page.TypeIntoAsync(page.Locator("#Input_Email"), email);
        await page.TypeIntoAsync(page.Locator("#Input_Password"), BrowserApp.Password);
        await page.PressAndWaitForPageAsync("Enter");
        return page;
    }

    /// <summary>Presses Save and checks that the page says so, with no error summary.</summary>
    private static async Task SaveAsync(IPage page)
    {
        await page.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).First);
        await Assertions.Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("main [role=status]")).ToHaveTextAsync("Tallennettu.");
    }

    private static async Task WriteQuestionAsync(IPage page, int q, string prompt, bool multiple, params (string Text, bool Correct)[] options)
    {
        var question = $"#Input_Questions_{q}_";
        await page.TypeIntoAsync(page.Locator($"{question}_Prompt_Fi"), prompt);
        if (multiple)
        {
            await page.TabToAsync(page.Locator($"{question}_MultipleAnswers"));
            await page.Keyboard.PressAsync("Space");
        }

        for (var o = 0; o < options.Length; o++)
        {
            await page.TypeIntoAsync(page.Locator($"{question}_Options_{o}__Text_Fi"), options[o].Text);
            if (options[o].Correct)
            {
                await page.TabToAsync(page.Locator($"{question}_Options_{o}__Correct"));
                await page.Keyboard.PressAsync("Space");
            }
        }
    }

    [GeneratedRegex("^/authoring/courses/[0-9a-f-]{36}$")]
    private static partial Regex CourseEditor();
}
