using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests;

/// <summary>The pages: sign-in, forms and their protections, as a browser meets them.</summary>
public sealed class PagesTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    [Fact]
    public async Task The_login_page_says_the_same_for_a_wrong_password_and_an_unknown_address()
    {
        using var browser = app.Anonymous();

        var wrong = await (await browser.PostFormAsync("/account/login", new() { ["Input.Email"] = DemoAccounts.SupervisorA(5), ["Input.Password"] = "väärin-väärin" })).ReadTextAsync();
        var unknown = await (await browser.PostFormAsync("/account/login", new() { ["Input.Email"] = "tuntematon@academy.test", ["Input.Password"] = "väärin-väärin" })).ReadTextAsync();

        const string message = "Sähköpostiosoite tai salasana on väärin.";
        Assert.Contains(message, wrong, StringComparison.Ordinal);
        Assert.Contains(message, unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var person = await app.AddPersonAsync();
        using var browser = await app.BrowserAs(person.Email!);
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var response = await browser.PostAsync($"/courses/{DemoCourses.RemoteLeadershipBasics}?handler=Enroll", forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Enrollments.AnyAsync(e => e.LearnerId == person.Id)));
    }

    [Fact]
    public async Task Enrolling_on_the_course_page_leads_to_the_first_lesson_and_a_second_click_does_not_enroll_twice()
    {
        var person = await app.AddPersonAsync();
        using var browser = await app.BrowserAs(person.Email!);
        var page = $"/courses/{DemoCourses.RemoteLeadershipBasics}";

        using var first = await browser.PostFormAsync($"{page}?handler=Enroll", [], page);
        using var second = await browser.PostFormAsync($"{page}?handler=Enroll", [], page);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith($"{page}/lessons/", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Olet jo ilmoittautunut tälle kurssille.", await second.ReadTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Enrollments.CountAsync(e => e.LearnerId == person.Id)));
    }

    [Fact]
    public async Task A_lesson_address_of_another_course_is_a_404_page()
    {
        var person = await app.AddPersonAsync();
        using var browser = await app.BrowserAs(person.Email!);
        await browser.PostFormAsync($"/courses/{DemoCourses.RemoteLeadershipBasics}?handler=Enroll", [], $"/courses/{DemoCourses.RemoteLeadershipBasics}");
        var course = await app.Service<Orleans.IGrainFactory>().GetGrain<Grains.Courses.ICourseGrain>(DemoCourses.TrustInRemoteTeams.ToString()).GetPublished();

        using var response = await browser.GetAsync($"/courses/{DemoCourses.RemoteLeadershipBasics}/lessons/{course!.Content.Lessons.First().Key}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sivua ei löydy", await response.ReadTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_number_on_the_lesson_editor_is_reported_and_nothing_is_saved()
    {
        using var browser = await app.BrowserAs(DemoAccounts.Facilitator);
        var course = await app.Service<Orleans.IGrainFactory>().GetGrain<Grains.Courses.ICourseGrain>(DemoCourses.WellbeingInHybridWork.ToString()).GetDraft();
        var lesson = course.Content.Lessons.First(l => l.Kind == Grains.Courses.LessonKind.Text);
        var editor = $"/authoring/courses/{course.CourseId}/lessons/{lesson.Key}";

        using var response = await browser.PostFormFromPageAsync(editor, page => new()
        {
            ["Revision"] = HttpClientFormExtensions.InputValue(page, "Revision"),
            ["Input.Title.Fi"] = "Muutettu otsikko",
            ["Input.Minutes"] = "viisi",
        }, editor);

        var html = await response.ReadTextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Virhe:", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Minutes_error\"", html, StringComparison.Ordinal);
        var after = await app.Service<Orleans.IGrainFactory>().GetGrain<Grains.Courses.ICourseGrain>(DemoCourses.WellbeingInHybridWork.ToString()).GetDraft();
        Assert.Equal((course.Revision, lesson.Title.Fi), (after.Revision, after.Content.FindLesson(lesson.Key)!.Title.Fi));
    }

    [Fact]
    public async Task An_error_page_address_with_a_made_up_status_is_still_an_error()
    {
        using var browser = app.Anonymous();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/error/0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/error/200")).StatusCode);
    }

    [Fact]
    public async Task A_page_caught_in_a_failover_tells_the_person_to_try_again_in_a_few_seconds()
    {
        using var browser = app.Anonymous();

        using var response = await browser.GetAsync("/error/503");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Contains("Palvelu on hetken tauolla", await response.ReadTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_elses_certificate_page_is_not_found()
    {
        var certificateId = await app.QueryAsync(db => db.Certificates.Select(c => c.Id).FirstAsync());
        using var browser = await app.BrowserAs(DemoAccounts.SupervisorA(1));

        using var response = await browser.GetAsync($"/certificates/{certificateId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_supervisor_is_turned_away_from_authoring_hr_and_admin_pages()
    {
        using var browser = await app.BrowserAs(DemoAccounts.SupervisorA(1));

        foreach (var page in new[] { "/authoring", "/hr", "/admin" })
        {
            using var response = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_public_verification_page_confirms_a_real_code_and_rejects_a_made_up_one()
    {
        var code = await app.QueryAsync(db => db.Certificates.Where(c => c.LearnerName == "Laura Nieminen").Select(c => c.Code).SingleAsync());
        using var browser = app.Anonymous();

        var valid = await (await browser.GetAsync($"/verify/{Grains.Learners.CertificateCode.Format(code)}")).ReadTextAsync();
        var invalid = await (await browser.GetAsync("/verify?code=ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")).ReadTextAsync();

        Assert.Contains("Todistus on aito", valid, StringComparison.Ordinal);
        Assert.Contains("Laura Nieminen", valid, StringComparison.Ordinal);
        Assert.Contains("Tällä koodilla ei löydy todistusta", invalid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_forbids_inline_script_through_its_content_security_policy()
    {
        using var browser = app.Anonymous();

        using var response = await browser.GetAsync("/account/login");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Health_and_the_openapi_document_answer_and_the_document_lists_the_contract_routes()
    {
        using var client = app.Anonymous();

        using var health = await client.GetAsync("/healthz");
        var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        // The node is an active member of its (one-node) cluster, so a load balancer may send people to it.
        Assert.Equal("Healthy", JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("cluster").GetString());
        var paths = openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(
            new HashSet<string> { "/api/auth/login", "/api/me", "/api/courses", "/api/courses/{courseId}", "/api/hr/supervisors", "/healthz" },
            paths.ToHashSet());
    }
}
