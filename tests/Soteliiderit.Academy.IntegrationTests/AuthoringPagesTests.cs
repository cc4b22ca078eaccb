using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests;

/// <summary>A facilitator writes a course through the pages, forms and all.</summary>
public sealed partial class AuthoringPagesTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    [Fact]
    public async Task A_course_without_a_title_is_refused_on_the_form_and_nothing_is_created()
    {
        using var browser = await app.BrowserAs(DemoAccounts.Facilitator);
        var before = await app.QueryAsync(db => db.Courses.CountAsync());

        using var response = await browser.PostFormAsync("/authoring/new", new() { ["Input.Title.Fi"] = "  ", ["Input.Summary.Fi"] = "Tiivistelmä" });

        var page = await response.ReadTextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tarkista seuraavat kohdat", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Title\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Courses.CountAsync()));
    }

    [Fact]
    public async Task A_facilitator_builds_a_quiz_on_the_forms_is_told_what_is_wrong_and_publishes()
    {
        using var browser = await app.BrowserAs(DemoAccounts.Facilitator);
        using var created = await browser.PostFormAsync("/authoring/new", new()
        {
            ["Input.Title.Fi"] = "Vaikea keskustelu etänä",
            ["Input.Title.Sv"] = "Ett svårt samtal på distans",
            ["Input.Themes"] = "RemoteLeadership",
        });
        var editor = created.Headers.Location!.OriginalString;
        Assert.Matches("^/authoring/courses/[0-9a-f-]{36}$", editor);

        using var module = await browser.PostFormFromPageAsync($"{editor}?handler=AddModule", page => new()
        {
            ["Revision"] = HttpClientFormExtensions.InputValue(page, "Revision"),
            ["NewModule.Fi"] = "Valmistautuminen",
        }, editor);
        Assert.Equal(HttpStatusCode.Redirect, module.StatusCode);

        using var lesson = await browser.PostFormFromPageAsync($"{editor}?handler=AddLesson", page => new()
        {
            ["Revision"] = HttpClientFormExtensions.InputValue(page, "Revision"),
            ["NewLesson.ModuleKey"] = ModuleKey().Match(page).Groups[1].Value,
            ["NewLesson.Kind"] = "Quiz",
            ["NewLesson.Title.Fi"] = "Tarkista ymmärryksesi",
        }, editor);
        var lessonEditor = lesson.Headers.Location!.OriginalString;
        Assert.StartsWith($"{editor}/lessons/", lessonEditor, StringComparison.Ordinal);

        Dictionary<string, string> Quiz(string page, bool markCorrect) => new()
        {
            ["Revision"] = HttpClientFormExtensions.InputValue(page, "Revision"),
            ["Input.Title.Fi"] = "Tarkista ymmärryksesi",
            ["Input.Minutes"] = "4",
            ["Input.Required"] = "true",
            ["Input.PassMarkPercent"] = "100",
            ["Input.Questions[0].Prompt.Fi"] = "Mitä teet ensin?",
            ["Input.Questions[0].Options[0].Text.Fi"] = "Kuuntelen",
            ["Input.Questions[0].Options[0].Correct"] = markCorrect ? "true" : "false",
            ["Input.Questions[0].Options[1].Text.Fi"] = "Keskeytän",
            ["Input.Questions[0].Options[2].Text.Fi"] = "",
        };

        using var refused = await browser.PostFormFromPageAsync(lessonEditor, page => Quiz(page, markCorrect: false), lessonEditor);
        var refusedPage = await refused.ReadTextAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Merkitse vähintään yksi vaihtoehto oikeaksi.", refusedPage, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Questions_0__Options\"", refusedPage, StringComparison.Ordinal);

        using var saved = await browser.PostFormFromPageAsync(lessonEditor, page => Quiz(page, markCorrect: true), lessonEditor);
        Assert.Equal($"{lessonEditor}?saved=true", saved.Headers.Location!.OriginalString);

        using var published = await browser.PostFormFromPageAsync($"{editor}?handler=Publish", page => new() { ["Revision"] = HttpClientFormExtensions.InputValue(page, "Revision") }, editor);
        Assert.Equal($"{editor}?published=1", published.Headers.Location!.OriginalString);

        var courseId = Guid.Parse(editor.Split('/').Last());
        var course = await app.QueryAsync(db => db.Courses.SingleAsync(c => c.Id == courseId));
        // The title is in Swedish too, but the lessons only in Finnish: the catalogue lists the course as Finnish.
        Assert.Equal((CourseStatus.Published, "fi"), (course.Status, course.Languages));
        using var learner = await app.ApiAs(DemoAccounts.SupervisorB(5));
        var outline = await learner.GetStringAsync($"/api/courses/{courseId}");
        Assert.Contains("Mitä teet ensin?", outline, StringComparison.Ordinal);
        Assert.DoesNotContain("\"text\":{}", outline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_lesson_from_a_page_opened_before_someone_elses_save_is_refused()
    {
        using var browser = await app.BrowserAs(DemoAccounts.Facilitator);
        var editor = $"/authoring/courses/{DemoCourses.TrustInRemoteTeams}";
        var before = await browser.GetStringAsync(editor);
        var staleRevision = HttpClientFormExtensions.InputValue(before, "Revision");
        using var first = await browser.PostFormAsync($"{editor}?handler=AddModule", new() { ["Revision"] = staleRevision, ["NewModule.Fi"] = "Lisämoduuli" }, editor);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await browser.PostFormAsync($"{editor}?handler=AddModule", new() { ["Revision"] = staleRevision, ["NewModule.Fi"] = "Toinen lisämoduuli" }, editor);

        Assert.Contains("Joku muu tallensi kurssin sillä välin.", await second.ReadTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Toinen lisämoduuli", await browser.GetStringAsync(editor), StringComparison.Ordinal);
    }

    [GeneratedRegex("<option value=\"([0-9a-f-]{36})\"")]
    private static partial Regex ModuleKey();
}
