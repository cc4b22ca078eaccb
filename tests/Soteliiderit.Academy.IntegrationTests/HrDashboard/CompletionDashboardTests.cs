using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Learners;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.HrDashboard;

/// <summary>HR's completion dashboard: by course, by unit and by month, beside the national figures, and only its own people.</summary>
public sealed class CompletionDashboardTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    private static DateOnly Today => DateOnly.FromDateTime(FinnishTime.ToLocal(DateTime.UtcNow));

    [Fact]
    public async Task A_units_figures_count_its_assigned_in_progress_and_completed_people_with_sub_units_and_the_nation_by_the_same_rule()
    {
        var top = await app.AddUnitAsync(DemoSeeder.OrganizationA, "Tilannekuvan toimiala");
        var sub = await app.AddUnitAsync(DemoSeeder.OrganizationA, "Tilannekuvan yksikkö", top);
        var done = await PlacedAsync("Valmis Esihenkilö", top);
        var started = await PlacedAsync("Kesken Esihenkilö", sub);
        var elsewhere = await app.AddPersonAsync(organization: 'B', name: "Toisen Työnantajan Valmis");
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt).FirstAsync());
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        using var assigned = await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = course.Id, dueOn = Today.AddDays(7), audience = "UnitAndSubUnits", unitId = top });
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        await EnrollAsync(done, course, completed: true);
        await EnrollAsync(started, course, completed: false);
        await EnrollAsync(elsewhere, course, completed: true);

        var dashboard = await hr.GetFromJsonAsync<JsonElement>($"/api/hr/dashboard?courseId={course.Id}&unitId={top}");
        var later = await hr.GetFromJsonAsync<JsonElement>($"/api/hr/dashboard?courseId={course.Id}&unitId={top}&from={Today.AddDays(1):yyyy-MM-dd}");

        Assert.Equal(2, dashboard.GetProperty("supervisors").GetInt32());
        var row = Assert.Single(dashboard.GetProperty("courses").EnumerateArray());
        var counts = row.GetProperty("counts");
        Assert.Equal((2, 1, 1, 0, 1), (counts.GetProperty("assigned").GetInt32(), counts.GetProperty("inProgress").GetInt32(), counts.GetProperty("completed").GetInt32(), counts.GetProperty("overdue").GetInt32(), counts.GetProperty("catalogueCompleted").GetInt32()));
        Assert.Equal((0.5, 0.5), (counts.GetProperty("assignedRate").GetDouble(), counts.GetProperty("catalogueRate").GetDouble()));
        var units = dashboard.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetGuid(), u => u.GetProperty("counts"));
        // The rows split the unit asked for: its own people, then each unit under it with everything under that.
        Assert.Equal((1, 1), (units[top].GetProperty("assigned").GetInt32(), units[top].GetProperty("completed").GetInt32()));
        Assert.Equal((1, 0, 1), (units[sub].GetProperty("assigned").GetInt32(), units[sub].GetProperty("completed").GetInt32(), units[sub].GetProperty("supervisors").GetInt32()));
        Assert.Equal(1, dashboard.GetProperty("months").EnumerateArray().Last().GetProperty("completed").GetInt32());
        // The nation beside is the admin comparison's national row of the course, the other employer's completion in it too.
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        var comparison = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/comparison?courseId={course.Id}");
        Assert.Equal(comparison.GetProperty("national").GetRawText(), row.GetProperty("national").GetRawText());
        Assert.Equal(0, Assert.Single(later.GetProperty("courses").EnumerateArray()).GetProperty("counts").GetProperty("catalogueCompleted").GetInt32());
    }

    [Fact]
    public async Task A_reversed_range_an_unknown_course_and_another_organizations_unit_are_refused_by_field()
    {
        var theirs = await app.AddUnitAsync(DemoSeeder.OrganizationA, "Vain A:n yksikkö");
        using var otherHr = await app.ApiAs(DemoAccounts.HrB);

        using var refused = await otherHr.GetAsync($"/api/hr/dashboard?courseId={Guid.NewGuid()}&unitId={theirs}&from={Today:yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}");

        var errors = (await Problem.ReadAsync(refused)).Errors!;
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Slutet är före början", Assert.Single(errors["To"]), StringComparison.Ordinal);
        Assert.True(errors.ContainsKey("UnitId"));
        Assert.True(errors.ContainsKey("CourseId"));
        // A start in a coming month shows that month; a day past the academy's years is named, not a 500.
        using var coming = await otherHr.GetAsync($"/api/hr/dashboard?from={Today.AddMonths(2):yyyy-MM-dd}");
        using var far = await otherHr.GetAsync("/api/hr/dashboard?to=9999-12-31");
        using var farCsv = await otherHr.GetAsync("/api/hr/completions.csv?to=9999-12-31");
        Assert.Equal(HttpStatusCode.OK, coming.StatusCode);
        Assert.True((await Problem.ReadAsync(far)).Errors!.ContainsKey("To"));
        Assert.Equal(HttpStatusCode.BadRequest, farCsv.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_page_shows_each_chart_beside_its_table_and_a_reversed_range_by_its_field()
    {
        using var hrPages = await app.BrowserAs(DemoAccounts.HrA);

        var page = await (await hrPages.GetAsync("/hr/dashboard")).ReadTextAsync();
        var reversed = await (await hrPages.GetAsync($"/hr/dashboard?From={Today:yyyy-MM-dd}&To={Today.AddDays(-3):yyyy-MM-dd}")).ReadTextAsync();

        Assert.Equal(3, page.Split("data-chart=").Length - 1);
        Assert.Contains("id=\"by-course-table\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"by-unit-table\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"over-time-table\"", page, StringComparison.Ordinal);
        Assert.Contains("Osoitettujen suoritusaste", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/hr/completions.csv?separator=semicolon\"", page, StringComparison.Ordinal);
        using var download = await hrPages.GetAsync("/hr/completions.csv?separator=semicolon");
        Assert.Equal(("text/csv", 0xEF), (download.Content.Headers.ContentType?.MediaType, (int)(await download.Content.ReadAsByteArrayAsync())[0]));
        Assert.Contains("id=\"To_error\"", reversed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-chart=", reversed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hr_drills_down_to_one_supervisors_courses_quizzes_webinars_assignments_and_reminders_and_never_to_another_employers()
    {
        var person = await app.AddPersonAsync(name: "Porautuva Esihenkilö");
        var stranger = await app.AddPersonAsync(organization: 'B', name: "Vieras Esihenkilö");
        var course = (await app.Service<IGrainFactory>().GetGrain<ICourseGrain>(DemoCourses.RemoteLeadershipBasics.ToString()).GetPublished())!;
        var quiz = course.Content.Lessons.First(l => l.Quiz is not null);
        var webinar = await app.QueryAsync(db => db.Webinars.SingleAsync(w => w.Id == DemoSeeder.DemoWebinar));
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        using var assigned = await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = course.CourseId, dueOn = Today.AddDays(3), audience = "People", userId = person.Id });
        var assignment = (await assigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assignment").GetProperty("id").GetGuid();
        var remindedAt = DateTime.UtcNow.AddHours(-1);
        await app.QueryAsync(db =>
        {
            db.Learners.Add(new Learner
            {
                UserId = person.Id,
                Enrollments = [new Enrollment
                {
                    Id = Guid.NewGuid(), CourseId = course.CourseId, CourseVersion = course.Version, EnrolledAt = DateTime.UtcNow.AddDays(-1),
                    Lessons = [new LessonProgress { LessonKey = quiz.Key, ContentHash = course.LessonHashes[quiz.Key], CompletedAt = DateTime.UtcNow, QuizScore = 90 }],
                }],
            });
            db.WebinarAttendance.Add(new WebinarAttendance { WebinarId = webinar.Id, UserId = person.Id, JoinedAt = webinar.StartsAt, SeenAt = webinar.StartsAt.AddMinutes(30), LeftAt = webinar.StartsAt.AddMinutes(30) });
            db.Reminders.Add(new Data.Assignments.Reminder { Id = Guid.NewGuid(), AssignmentId = assignment, UserId = person.Id, SentBy = Guid.NewGuid(), SentAt = remindedAt });
            return db.SaveChangesAsync();
        });
        using var otherHr = await app.ApiAs(DemoAccounts.HrB);
        using var hrPages = await app.BrowserAs(DemoAccounts.HrA);

        var file = await hr.GetFromJsonAsync<JsonElement>($"/api/hr/supervisors/{person.Id}");
        var page = await (await hrPages.GetAsync($"/hr/supervisors/{person.Id}")).ReadTextAsync();

        var taken = Assert.Single(file.GetProperty("courses").EnumerateArray());
        Assert.Equal((1, course.Content.Lessons.Count(l => l.Required)), (taken.GetProperty("lessonsDone").GetInt32(), taken.GetProperty("lessons").GetInt32()));
        var result = Assert.Single(taken.GetProperty("quizzes").EnumerateArray());
        Assert.Equal((90, true), (result.GetProperty("score").GetInt32(), result.GetProperty("passed").GetBoolean()));
        var attended = Assert.Single(file.GetProperty("webinars").EnumerateArray());
        Assert.Equal(30, attended.GetProperty("minutes").GetInt32());
        var followed = Assert.Single(file.GetProperty("assignments").EnumerateArray());
        Assert.Equal(("InProgress", 1), (followed.GetProperty("state").GetString(), followed.GetProperty("reminded").GetArrayLength()));
        Assert.Contains($"{quiz.Title.For("fi")}: 90 %, hyväksytty", page, StringComparison.Ordinal);
        Assert.Contains(FinnishTime.ToLocal(remindedAt).ToString("d.M.yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("fi-FI")), page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await otherHr.GetAsync($"/api/hr/supervisors/{person.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hrPages.GetAsync($"/hr/supervisors/{stranger.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_attendance_view_counts_the_organizations_own_people_in_each_webinar_and_who_stayed_long_enough()
    {
        var startsAt = DateTime.UtcNow.Date.AddDays(2).AddHours(9);
        var webinar = await Webinars.WebinarSchedulingTests.ScheduleAsync(app, Webinars.WebinarSchedulingTests.Plan(startsAt, capacity: 10, title: "Osallistumisnäkymä"));
        var half = await app.AddPersonAsync(name: "Puoliksi Paikalla");
        var whole = await app.AddPersonAsync(name: "Koko Ajan Paikalla");
        var stranger = await app.AddPersonAsync(organization: 'B', name: "Toisen Työnantajan Osallistuja");
        await app.QueryAsync(db =>
        {
            db.WebinarRegistrations.AddRange(new[] { half, whole, stranger }.Select(p => new WebinarRegistration { WebinarId = webinar, UserId = p.Id, State = RegistrationState.Registered, RegisteredAt = DateTime.UtcNow }));
            db.WebinarAttendance.AddRange(
                new WebinarAttendance { WebinarId = webinar, UserId = half.Id, JoinedAt = startsAt, SeenAt = startsAt.AddMinutes(30), LeftAt = startsAt.AddMinutes(30) },
                new WebinarAttendance { WebinarId = webinar, UserId = whole.Id, JoinedAt = startsAt, SeenAt = startsAt.AddMinutes(60), LeftAt = startsAt.AddMinutes(60) },
                new WebinarAttendance { WebinarId = webinar, UserId = stranger.Id, JoinedAt = startsAt, SeenAt = startsAt.AddMinutes(60), LeftAt = startsAt.AddMinutes(60) });
            return db.SaveChangesAsync();
        });
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        using var hrPages = await app.BrowserAs(DemoAccounts.HrA);

        var rows = await hr.GetFromJsonAsync<JsonElement>($"/api/hr/attendance?from={Today:yyyy-MM-dd}");
        var before = await hr.GetFromJsonAsync<JsonElement>($"/api/hr/attendance?to={Today:yyyy-MM-dd}");
        var page = await (await hrPages.GetAsync("/hr/attendance")).ReadTextAsync();

        var row = rows.EnumerateArray().Single(w => w.GetProperty("webinarId").GetGuid() == webinar);
        Assert.Equal((2, 2, 45, 1, 75), (row.GetProperty("registered").GetInt32(), row.GetProperty("attended").GetInt32(), row.GetProperty("averageMinutes").GetInt32(), row.GetProperty("reachedShare").GetInt32(), row.GetProperty("sharePercent").GetInt32()));
        Assert.DoesNotContain(before.EnumerateArray(), w => w.GetProperty("webinarId").GetGuid() == webinar);
        Assert.Contains("Osallistumisnäkymä", page, StringComparison.Ordinal);
    }

    private async Task<AcademyUser> PlacedAsync(string name, Guid unit)
    {
        var person = await app.AddPersonAsync(name: name);
        await app.PlaceAsync(person, unit);
        return person;
    }

    private Task EnrollAsync(AcademyUser person, Course course, bool completed) => app.EnrollAsync(person, course, completed ? DateTime.UtcNow : null);
}
