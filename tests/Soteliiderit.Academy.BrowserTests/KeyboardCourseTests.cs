using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Orleans;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class KeyboardCourseTests(BrowserApp app)
{
    [Fact]
    public async Task A_supervisor_takes_a_whole_course_by_keyboard_alone_and_anyone_can_verify_the_certificate()
    {
        var course = (await app.Services.GetRequiredService<IGrainFactory>().GetGrain<ICourseGrain>(DemoCourses.RemoteLeadershipBasics.ToString()).GetPublished())!;
        var page = await app.NewPageAsync("fi");
        await page.GotoAsync("/account/login");

        await page.TypeIntoAsync(page.Locator("#Input_Email"), DemoAccounts.SupervisorA(1));
        await page.TypeIntoAsync(page.Locator("#Input_Password"), BrowserApp.Password);
        await page.PressAndWaitForPageAsync("Enter");
        await page.ActivateAsync(page.Locator(".main-nav a[href='/courses']"));
        await page.ActivateAsync(page.Locator($"main a[href='/courses/{course.CourseId}']"));
        await page.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Ilmoittaudu kurssille" }));

        for (var step = 0; !page.Url.Contains("/certificates/", StringComparison.Ordinal); step++)
        {
            Assert.True(step < 40, $"The course did not end in a certificate; stuck at {page.Url}");
            var lesson = course.Content.FindLesson(Guid.Parse(page.Url.Split("/lessons/")[1].Split('?')[0]))!;
            await TakeAsync(page, lesson);
        }

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Onnittelut, olet suorittanut kurssin!");
        await Assertions.Expect(page.Locator(".certificate")).ToContainTextAsync("Anna Korhonen");
        var code = await page.Locator(".certificate__code .code").InnerTextAsync();

        await page.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos" }));
        await page.ActivateAsync(page.Locator(".main-nav a[href='/verify']"));
        await page.TypeIntoAsync(page.Locator("#code"), code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        await page.PressAndWaitForPageAsync("Enter");

        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("Todistus on aito");
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("Anna Korhonen");
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("Etäjohtamisen perusteet");
    }

    private static async Task TakeAsync(IPage page, CourseLesson lesson)
    {
        switch (lesson.Kind)
        {
            case LessonKind.Reflection:
                await page.TypeIntoAsync(page.Locator("#Reflection"), "Sovin tiimin kanssa kiinteän viikkorytmin.");
                await page.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Tallenna vastaukseni ja jatka" }));
                break;
            case LessonKind.Quiz:
                for (var q = 0; q < lesson.Quiz!.Questions.Count; q++)
                {
                    await AnswerAsync(page, q, lesson.Quiz.Questions[q]);
                }

                await page.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Tarkista vastaukseni" }));
                break;
            default:
                await page.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Merkitse tehdyksi ja jatka" }));
                break;
        }
    }

    /// <summary>Radio buttons: Tab into the group, then arrows choose; checkboxes: Tab to each and press Space.</summary>
    private static async Task AnswerAsync(IPage page, int q, QuizQuestion question)
    {
        var correct = question.Options.Select((option, index) => (option, index)).Where(x => x.option.Correct).Select(x => x.index).ToList();
        if (question.MultipleAnswers)
        {
            foreach (var index in correct)
            {
                await page.TabToAsync(page.Locator($"#q{q}-o{index}"));
                await page.Keyboard.PressAsync("Space");
            }
        }
        else
        {
            await page.TabToAsync(page.Locator($"#q{q}-o0"));
            if (correct[0] == 0)
            {
                await page.Keyboard.PressAsync("Space");
            }

            for (var i = 0; i < correct[0]; i++)
            {
                await page.Keyboard.PressAsync("ArrowDown");
            }
        }

        foreach (var index in correct)
        {
            await Assertions.Expect(page.Locator($"#q{q}-o{index}")).ToBeCheckedAsync();
        }
    }
}
