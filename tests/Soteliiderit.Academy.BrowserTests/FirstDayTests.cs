using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Orleans;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>What a supervisor meets on their first day: the demo in their language, and the webinar running now.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class FirstDayTests(BrowserApp app)
{
    [Fact]
    public async Task An_english_reader_gets_the_demo_courses_in_english_and_a_text_not_yet_translated_says_so()
    {
        var finnishOnly = await PublishFinnishOnlyCourseAsync();
        var supervisor = await app.SignedInPageAsync(DemoAccounts.SupervisorB(5), "en");

        await supervisor.GotoAsync("/courses");
        var basics = supervisor.Locator(".card").Filter(new() { HasText = "Remote leadership basics" });
        await Assertions.Expect(basics).ToContainTextAsync("In Finnish, Swedish, English");
        await Assertions.Expect(supervisor.Locator(".card").Filter(new() { HasText = "Palautteen perusteet" })).ToContainTextAsync("In Finnish");
        await Assertions.Expect(supervisor.Locator(".card").Filter(new() { HasText = "Palautteen perusteet" })).Not.ToContainTextAsync("English");

        await supervisor.GotoAsync($"/courses/{DemoCourses.RemoteLeadershipBasics}");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Enroll in the course" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator(".prose")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(supervisor.Locator(".prose")).ToContainTextAsync("When there is no corridor");
        await Assertions.Expect(supervisor.Locator(".language-note")).ToHaveCountAsync(0);

        // The demo quiz: each multiple-choice question says "choose all" once, under the question, not in it too.
        var course = (await app.Services.GetRequiredService<IGrainFactory>().GetGrain<ICourseGrain>(DemoCourses.RemoteLeadershipBasics.ToString()).GetPublished())!;
        var quiz = course.Content.Lessons.First(l => l.Kind == LessonKind.Quiz);
        await supervisor.GotoAsync($"/courses/{DemoCourses.RemoteLeadershipBasics}/lessons/{quiz.Key}");
        for (var q = 0; q < quiz.Quiz!.Questions.Count; q++)
        {
            Assert.Equal(quiz.Quiz.Questions[q].MultipleAnswers ? 1 : 0, await supervisor.Locator($"#q{q}").GetByText("Choose all that apply.").CountAsync());
        }

        await supervisor.GotoAsync($"/courses/{finnishOnly}");
        await Assertions.Expect(supervisor.Locator("p.lead")).ToHaveAttributeAsync("lang", "fi");
        await Assertions.Expect(supervisor.Locator(".language-note")).ToHaveTextAsync("This content is in Finnish: it has not been translated into English.");
    }

    [Fact]
    public async Task The_open_webinar_running_now_is_on_the_dashboard_and_in_the_list_as_live_and_asks_no_registration()
    {
        var supervisor = await app.SignedInPageAsync(DemoAccounts.SupervisorA(6), "fi");
        await supervisor.SetViewportSizeAsync(390, 844);

        await supervisor.GotoAsync("/");
        var live = supervisor.Locator("section[aria-labelledby=live-webinars]");
        await Assertions.Expect(live.GetByRole(AriaRole.Heading, new() { Name = "Käynnissä nyt" })).ToBeVisibleAsync();
        await Assertions.Expect(live).ToContainTextAsync("Avoin etäjohtamisen kahvihetki");
        await Assertions.Expect(live.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Siirry tilaisuuteen\\W+Avoin etäjohtamisen kahvihetki$") })).ToBeVisibleAsync();

        await supervisor.GotoAsync("/webinars");
        await Assertions.Expect(supervisor.Locator("section[aria-labelledby=live]")).ToContainTextAsync("Avoin etäjohtamisen kahvihetki");
        await Assertions.Expect(supervisor.Locator("section[aria-labelledby=upcoming]")).Not.ToContainTextAsync("Avoin etäjohtamisen kahvihetki");

        await supervisor.GotoAsync($"/webinars/{DemoSeeder.DemoWebinar}");
        await Assertions.Expect(supervisor.Locator("main")).ToContainTextAsync("Avoin kaikille, ei ilmoittautumista");
        await Assertions.Expect(supervisor.Locator("main .lead")).ToContainTextAsync("Pudottaudu mukaan kysymään");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Button, new() { Name = "Ilmoittaudu" })).ToHaveCountAsync(0);
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Link, new() { Name = "Siirry tilaisuuteen" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_video_lesson_plays_in_the_page_when_its_address_is_a_video_file_and_opens_elsewhere_otherwise()
    {
        var file = new CourseLesson(Guid.NewGuid(), LessonKind.Video, new LocalizedText("Tallenne"), new LocalizedText("Katso tallenne."), VideoUrl: "https://video.example.fi/tallenteet/palaute.mp4");
        var service = new CourseLesson(Guid.NewGuid(), LessonKind.Video, new LocalizedText("Palvelussa"), new LocalizedText("Katso palvelussa."), VideoUrl: "https://video.example.fi/katso/palaute");
        var courseId = await PublishFinnishOnlyCourseAsync(file, service);
        var supervisor = await app.SignedInPageAsync(DemoAccounts.SupervisorB(4), "fi");
        await supervisor.GotoAsync($"/courses/{courseId}");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Ilmoittaudu kurssille" }).ClickAsync();

        await supervisor.GotoAsync($"/courses/{courseId}/lessons/{file.Key}");
        await Assertions.Expect(supervisor.Locator("video.lesson-video")).ToHaveAttributeAsync("src", "https://video.example.fi/tallenteet/palaute.mp4");
        await supervisor.GotoAsync($"/courses/{courseId}/lessons/{service.Key}");
        await Assertions.Expect(supervisor.Locator("video")).ToHaveCountAsync(0);
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Katso video") })).ToHaveAttributeAsync("href", "https://video.example.fi/katso/palaute");
    }

    private async Task<Guid> PublishFinnishOnlyCourseAsync(params CourseLesson[] lessons)
    {
        var id = Guid.NewGuid();
        var course = app.Services.GetRequiredService<IGrainFactory>().GetGrain<ICourseGrain>(id.ToString());
        var lesson = new CourseLesson(Guid.NewGuid(), LessonKind.Text, new LocalizedText("Miksi palaute kannattaa"), new LocalizedText("Palaute auttaa tiimiä."));
        var content = new CourseContent(
            new LocalizedText("Palautteen perusteet"),
            new LocalizedText("Lyhyt kurssi palautteesta etätiimissä."),
            CourseThemes.RemoteLeadership,
            [new CourseModule(Guid.NewGuid(), new LocalizedText("Aluksi"), lessons.Length > 0 ? lessons : [lesson])]);
        var facilitator = (await app.Services.CreateScope().ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Identity.AcademyUser>>().FindByEmailAsync(DemoAccounts.Facilitator))!.Id;
        var draft = await course.Create(content, facilitator);
        await course.Publish(draft.Revision, facilitator);
        return id;
    }
}
