using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests;

public sealed class AuthoringApiTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static CourseLesson TextLesson(string title) => new(Guid.NewGuid(), LessonKind.Text, new(title), new("Lyhyt teksti."));

    private static CourseContent Content(params CourseLesson[] lessons) =>
        new(new LocalizedText("Palautteen antaminen etänä", "Att ge feedback på distans"), new("Tiivistelmä"), CourseThemes.RemoteLeadership,
            [new CourseModule(Guid.NewGuid(), new("Moduuli"), lessons)]);

    [Fact]
    public async Task A_facilitator_writes_publishes_and_revises_a_course_and_learners_keep_their_progress()
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);
        var first = TextLesson("Ensimmäinen osa");
        var second = TextLesson("Toinen osa");
        var third = TextLesson("Kolmas osa");
        using var created = await facilitator.PostAsJsonAsync("/api/authoring/courses", Content(first, second, third), Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (await created.Content.ReadFromJsonAsync<CourseDraft>(Json))!;
        (await facilitator.PostAsJsonAsync($"/api/authoring/courses/{draft.CourseId}/publication", new { revision = draft.Revision })).EnsureSuccessStatusCode();

        var learner = await app.AddPersonAsync();
        using var api = await app.ApiAs(learner.Email!);
        (await api.PostAsync($"/api/courses/{draft.CourseId}/enrollment", null)).EnsureSuccessStatusCode();
        (await api.PostAsync($"/api/courses/{draft.CourseId}/lessons/{first.Key}/completion", null)).EnsureSuccessStatusCode();
        (await api.PostAsync($"/api/courses/{draft.CourseId}/lessons/{second.Key}/completion", null)).EnsureSuccessStatusCode();

        var revised = Content(first, second with { Body = new("Uudistettu teksti.") }, third);
        var saved = await (await facilitator.PutAsJsonAsync($"/api/authoring/courses/{draft.CourseId}", new { revision = draft.Revision, content = revised }, Json)).Content.ReadFromJsonAsync<CourseDraft>(Json);
        var published = await (await facilitator.PostAsJsonAsync($"/api/authoring/courses/{draft.CourseId}/publication", new { revision = saved!.Revision })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, published.GetProperty("version").GetInt32());

        var progress = await api.GetFromJsonAsync<JsonElement>($"/api/courses/{draft.CourseId}/progress");
        var done = progress.GetProperty("lessons").EnumerateArray().ToDictionary(l => l.GetProperty("lessonKey").GetGuid(), l => l.GetProperty("done").GetBoolean());
        Assert.Equal(2, progress.GetProperty("courseVersion").GetInt32());
        Assert.True(done[first.Key]);
        Assert.False(done[second.Key]);
    }

    [Fact]
    public async Task A_course_without_a_title_is_refused_with_a_field_error_and_not_created()
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);
        var before = await facilitator.GetFromJsonAsync<JsonElement>("/api/authoring/courses");

        using var response = await facilitator.PostAsJsonAsync("/api/authoring/courses", Content(TextLesson("Osa")) with { Title = new LocalizedText(" ", "") }, Json);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["Tämä on pakollinen tieto."], problem.Errors!["Title"]);
        Assert.Equal(before.GetArrayLength(), (await facilitator.GetFromJsonAsync<JsonElement>("/api/authoring/courses")).GetArrayLength());
    }

    [Fact]
    public async Task An_over_long_title_is_refused_with_its_limit()
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);

        using var response = await facilitator.PostAsJsonAsync("/api/authoring/courses", Content(TextLesson("Osa")) with { Title = new LocalizedText(new string('a', 201)) }, Json);

        Assert.Equal(["Enintään 200 merkkiä."], (await Problem.ReadAsync(response)).Errors!["Title.fi"]);
    }

    [Fact]
    public async Task A_quiz_with_no_correct_answer_is_refused()
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);
        var quiz = new CourseLesson(Guid.NewGuid(), LessonKind.Quiz, new("Tietovisa"), LocalizedText.Empty,
            Quiz: new Quiz(80, [new QuizQuestion(Guid.NewGuid(), new("Kysymys?"), false, [new(Guid.NewGuid(), new("A"), false), new(Guid.NewGuid(), new("B"), false)])]));

        using var response = await facilitator.PostAsJsonAsync("/api/authoring/courses", Content(quiz), Json);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(["Merkitse vähintään yksi vaihtoehto oikeaksi."], problem.Errors!["Modules[0].Lessons[0].Quiz.Questions[0].Options"]);
    }

    [Fact]
    public async Task Saving_from_an_old_revision_is_a_409_and_keeps_the_newer_draft()
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);
        var created = await (await facilitator.PostAsJsonAsync("/api/authoring/courses", Content(TextLesson("Osa")), Json)).Content.ReadFromJsonAsync<CourseDraft>(Json);
        var newer = Content(TextLesson("Uudempi osa"));
        (await facilitator.PutAsJsonAsync($"/api/authoring/courses/{created!.CourseId}", new { revision = created.Revision, content = newer }, Json)).EnsureSuccessStatusCode();

        using var stale = await facilitator.PutAsJsonAsync($"/api/authoring/courses/{created.CourseId}", new { revision = created.Revision, content = Content(TextLesson("Vanhempi")) }, Json);

        Assert.Equal((409, "DraftChangedMeanwhile"), (await Problem.ReadAsync(stale)) is var p ? (p.Status, p.Code) : default);
        var draft = await facilitator.GetFromJsonAsync<CourseDraft>($"/api/authoring/courses/{created.CourseId}", Json);
        Assert.Equal("Uudempi osa", draft!.Content.Lessons.Single().Title.Fi);
    }

    [Fact]
    public async Task Publishing_a_revision_that_is_no_longer_the_latest_is_a_409()
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);
        var created = await (await facilitator.PostAsJsonAsync("/api/authoring/courses", Content(TextLesson("Osa")), Json)).Content.ReadFromJsonAsync<CourseDraft>(Json);
        (await facilitator.PutAsJsonAsync($"/api/authoring/courses/{created!.CourseId}", new { revision = created.Revision, content = Content(TextLesson("Kesken")) }, Json)).EnsureSuccessStatusCode();

        using var stale = await facilitator.PostAsJsonAsync($"/api/authoring/courses/{created.CourseId}/publication", new { revision = created.Revision });

        Assert.Equal((409, "DraftChangedMeanwhile"), (await Problem.ReadAsync(stale)) is var p ? (p.Status, p.Code) : default);
        using var learner = await app.ApiAs(DemoAccounts.SupervisorA(1));
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/api/courses/{created.CourseId}")).StatusCode);
    }

    [Fact]
    public async Task Missing_parts_and_malformed_bodies_are_400s_not_crashes()
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);
        var body = "{\"title\":{\"fi\":\"Kurssi\"},\"summary\":{},\"themes\":\"RemoteLeadership\",\"modules\":[null]}";

        using var nullModule = await facilitator.PostAsync("/api/authoring/courses", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        using var noTitle = await facilitator.PostAsync("/api/authoring/courses", new StringContent("{\"modules\":[]}", System.Text.Encoding.UTF8, "application/json"));
        using var notJson = await facilitator.PostAsync("/api/authoring/courses", new StringContent("{title:", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(["Tämä on pakollinen tieto."], (await Problem.ReadAsync(nullModule)).Errors!["Modules[0]"]);
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task A_supervisor_cannot_author_and_a_draft_is_not_in_the_catalog()
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);
        var draft = await (await facilitator.PostAsJsonAsync("/api/authoring/courses", Content(TextLesson("Osa")), Json)).Content.ReadFromJsonAsync<CourseDraft>(Json);
        using var supervisor = await app.ApiAs(DemoAccounts.SupervisorA(1));

        using var create = await supervisor.PostAsJsonAsync("/api/authoring/courses", Content(TextLesson("Osa")), Json);
        using var read = await supervisor.GetAsync($"/api/courses/{draft!.CourseId}");
        using var enroll = await supervisor.PostAsync($"/api/courses/{draft.CourseId}/enrollment", null);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(404, (await Problem.ReadAsync(enroll)).Status);
    }
}
