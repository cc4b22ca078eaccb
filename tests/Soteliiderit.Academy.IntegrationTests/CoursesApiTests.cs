using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests;

public sealed class CoursesApiTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    private static readonly Guid Basics = DemoCourses.RemoteLeadershipBasics;

    [Fact]
    public async Task The_catalog_lists_the_published_courses_and_filters_by_theme_and_language()
    {
        using var api = await app.ApiAs(DemoAccounts.SupervisorA(1));

        var all = await api.GetFromJsonAsync<JsonElement>("/api/courses");
        var wellbeing = await api.GetFromJsonAsync<JsonElement>("/api/courses?theme=WellbeingAtWork");
        var swedish = await api.GetFromJsonAsync<JsonElement>("/api/courses?language=sv");

        Assert.Equal(3, all.GetArrayLength());
        Assert.Equal([DemoCourses.WellbeingInHybridWork], wellbeing.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal(3, swedish.GetArrayLength());
        Assert.All(all.EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("title").GetProperty("sv").GetString())));
    }

    [Fact]
    public async Task A_learner_never_sees_which_quiz_options_are_correct()
    {
        using var api = await app.ApiAs(DemoAccounts.SupervisorA(1));

        var body = await api.GetStringAsync($"/api/courses/{Basics}");

        Assert.Contains("\"options\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("correct", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Enrolling_twice_is_a_409_in_the_callers_language_and_keeps_one_enrollment()
    {
        var person = await app.AddPersonAsync();
        using var api = await app.ApiAs(person.Email!);
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");

        using var first = await api.PostAsync($"/api/courses/{Basics}/enrollment", null);
        using var second = await api.PostAsync($"/api/courses/{Basics}/enrollment", null);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var problem = await Problem.ReadAsync(second);
        Assert.Equal((409, "AlreadyEnrolled"), (problem.Status, problem.Code));
        Assert.Equal("Du är redan anmäld till den här kursen.", problem.Detail);
        Assert.Equal(1, await app.QueryAsync(db => db.Enrollments.CountAsync(e => e.LearnerId == person.Id)));
    }

    [Fact]
    public async Task Completing_a_lesson_without_enrolling_is_refused_and_stores_nothing()
    {
        var person = await app.AddPersonAsync();
        using var api = await app.ApiAs(person.Email!);
        var lesson = (await Outline(api, Basics))[0];

        using var response = await api.PostAsync($"/api/courses/{Basics}/lessons/{lesson.Key}/completion", null);

        Assert.Equal((409, "NotEnrolled"), (await Problem.ReadAsync(response)) is var p ? (p.Status, p.Code) : default);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/courses/{Basics}/progress")).StatusCode);
    }

    [Fact]
    public async Task A_lesson_id_from_another_course_is_not_found()
    {
        var person = await app.AddPersonAsync();
        using var api = await app.ApiAs(person.Email!);
        await api.PostAsync($"/api/courses/{Basics}/enrollment", null);
        var otherLesson = (await Outline(api, DemoCourses.TrustInRemoteTeams))[0];

        using var response = await api.PostAsync($"/api/courses/{Basics}/lessons/{otherLesson.Key}/completion", null);

        Assert.Equal((404, "LessonNotInCourse"), (await Problem.ReadAsync(response)) is var p ? (p.Status, p.Code) : default);
    }

    [Fact]
    public async Task An_empty_reflection_is_refused_with_a_field_error()
    {
        var person = await app.AddPersonAsync();
        using var api = await app.ApiAs(person.Email!);
        await api.PostAsync($"/api/courses/{Basics}/enrollment", null);
        var reflection = (await Outline(api, Basics)).First(l => l.Kind == "Reflection");

        using var response = await api.PutAsJsonAsync($"/api/courses/{Basics}/lessons/{reflection.Key}/reflection", new { answer = "   " });

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["Tämä on pakollinen tieto."], problem.Errors!["Answer"]);
    }

    [Fact]
    public async Task A_malformed_quiz_attempt_is_a_400_not_a_crash()
    {
        var person = await app.AddPersonAsync();
        using var api = await app.ApiAs(person.Email!);
        await api.PostAsync($"/api/courses/{Basics}/enrollment", null);
        var quiz = (await Outline(api, Basics)).First(l => l.Kind == "Quiz");

        using var noBody = await api.PostAsJsonAsync($"/api/courses/{Basics}/lessons/{quiz.Key}/quiz-attempts", new { });
        using var wrongOption = await api.PostAsJsonAsync($"/api/courses/{Basics}/lessons/{quiz.Key}/quiz-attempts",
            new { answers = new[] { new { questionKey = Guid.NewGuid(), optionKeys = new[] { Guid.NewGuid() } } } });

        using var nullAnswer = await api.PostAsync($"/api/courses/{Basics}/lessons/{quiz.Key}/quiz-attempts",
            new StringContent("{\"answers\":[null]}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);
        Assert.Equal("QuizAnswerInvalid", (await Problem.ReadAsync(wrongOption)).Code);
        Assert.Equal(HttpStatusCode.BadRequest, nullAnswer.StatusCode);
    }

    [Fact]
    public async Task A_whole_course_through_the_api_ends_with_a_certificate_anyone_can_verify()
    {
        var person = await app.AddPersonAsync();
        using var api = await app.ApiAs(person.Email!);
        await api.PostAsync($"/api/courses/{Basics}/enrollment", null);
        var course = await DemoCourseContent();

        JsonElement progress = default;
        foreach (var lesson in course.Content.Lessons.Where(l => l.Required))
        {
            using var response = lesson.Kind switch
            {
                Grains.Courses.LessonKind.Reflection => await api.PutAsJsonAsync($"/api/courses/{Basics}/lessons/{lesson.Key}/reflection", new { answer = "Sovimme viikkorytmistä." }),
                Grains.Courses.LessonKind.Quiz => await api.PostAsJsonAsync($"/api/courses/{Basics}/lessons/{lesson.Key}/quiz-attempts", new
                {
                    answers = lesson.Quiz!.Questions.Select(q => new { questionKey = q.Key, optionKeys = q.Options.Where(o => o.Correct).Select(o => o.Key) }),
                }),
                _ => await api.PostAsync($"/api/courses/{Basics}/lessons/{lesson.Key}/completion", null),
            };
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            progress = body.TryGetProperty("progress", out var inner) ? inner : body;
        }

        var certificate = progress.GetProperty("certificate");
        var code = certificate.GetProperty("code").GetString()!;
        Assert.Equal(100, progress.GetProperty("completion").GetProperty("percent").GetInt32());
        using var anonymous = app.Anonymous();
        var verified = await anonymous.GetFromJsonAsync<JsonElement>($"/api/certificates/verification/{code.ToLowerInvariant()}");
        Assert.Equal("Testi Henkilö", verified.GetProperty("learnerName").GetString());
        Assert.Equal("Etäjohtamisen perusteet", verified.GetProperty("courseTitle").GetProperty("fi").GetString());

        using var other = await app.ApiAs(DemoAccounts.SupervisorB(1));
        using var stranger = await other.GetAsync($"/api/certificates/{certificate.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task An_unknown_verification_code_is_a_clear_404()
    {
        using var anonymous = app.Anonymous();

        using var response = await anonymous.GetAsync("/api/certificates/verification/0000-0000-0000-0000-0000");

        Assert.Contains("Tällä koodilla ei löydy todistusta", (await Problem.ReadAsync(response)).Detail, StringComparison.Ordinal);
    }

    private async Task<Grains.Courses.PublishedCourse> DemoCourseContent() =>
        (await app.Service<Orleans.IGrainFactory>().GetGrain<Grains.Courses.ICourseGrain>(Basics.ToString()).GetPublished())!;

    private static async Task<IReadOnlyList<(Guid Key, string Kind)>> Outline(HttpClient api, Guid courseId)
    {
        var course = await api.GetFromJsonAsync<JsonElement>($"/api/courses/{courseId}");
        return [.. course.GetProperty("modules").EnumerateArray()
            .SelectMany(m => m.GetProperty("lessons").EnumerateArray())
            .Select(l => (l.GetProperty("key").GetGuid(), l.GetProperty("kind").GetString()!))];
    }
}
