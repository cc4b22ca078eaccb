using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data.Learners;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Tests.Xapi;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests.Xapi;

/// <summary>The xAPI export: valid 1.0.3 statements of what people did, by account not e-mail, paged, and scoped like every HR report.</summary>
public sealed class XapiStatementsTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    [Fact]
    public async Task Hr_reads_valid_statements_of_its_own_people_paged_by_stored_time_with_stable_ids_and_no_e_mail()
    {
        var person = await app.AddPersonAsync(name: "Xapi Esihenkilö");
        var unit = await app.AddUnitAsync(DemoSeeder.OrganizationA, "Xapi-yksikkö");
        await app.PlaceAsync(person, unit);
        var stranger = await app.AddPersonAsync(organization: 'B', name: "Xapi Vieras");
        var course = (await app.Service<IGrainFactory>().GetGrain<ICourseGrain>(DemoCourses.RemoteLeadershipBasics.ToString()).GetPublished())!;
        var quiz = course.Content.Lessons.First(l => l.Quiz is not null);
        var reading = course.Content.Lessons.First(l => l.Quiz is null);
        var webinar = await Webinars.WebinarSchedulingTests.ScheduleAsync(app, Webinars.WebinarSchedulingTests.Plan(DateTime.UtcNow.AddMinutes(10), capacity: 10, title: "Xapi-webinaari"));
        var since = DateTime.UtcNow.AddSeconds(-1);
        await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            foreach (var who in new[] { person, stranger })
            {
                db.Learners.Add(new Learner
                {
                    UserId = who.Id,
                    Enrollments = [new Enrollment
                    {
                        Id = Guid.NewGuid(), CourseId = course.CourseId, CourseVersion = course.Version, EnrolledAt = now, CompletedAt = now.AddSeconds(3),
                        Lessons =
                        [
                            new LessonProgress { LessonKey = reading.Key, ContentHash = course.LessonHashes[reading.Key], CompletedAt = now.AddSeconds(1) },
                            new LessonProgress { LessonKey = quiz.Key, ContentHash = course.LessonHashes[quiz.Key], CompletedAt = now.AddSeconds(2), QuizScore = 80 },
                        ],
                    }],
                });
            }

            var plan = await db.Webinars.SingleAsync(w => w.Id == webinar);
            db.WebinarAttendance.Add(new WebinarAttendance { WebinarId = webinar, UserId = person.Id, JoinedAt = plan.StartsAt, SeenAt = plan.StartsAt.AddMinutes(48), LeftAt = plan.StartsAt.AddMinutes(48) });
            await db.SaveChangesAsync();
            await db.Webinars.Where(w => w.Id == webinar).ExecuteUpdateAsync(w => w.SetProperty(x => x.Status, WebinarStatus.Ended).SetProperty(x => x.EndedAt, plan.StartsAt.AddMinutes(60)));
            return 0;
        });
        using var hr = await app.ApiAs(DemoAccounts.HrA);

        var sinceParameter = Uri.EscapeDataString(since.ToString("O"));
        var all = await hr.GetFromJsonAsync<JsonElement>($"/api/xapi/statements?since={sinceParameter}&limit=500");
        var again = await hr.GetFromJsonAsync<JsonElement>($"/api/xapi/statements?since={sinceParameter}&limit=500");
        var paged = new List<JsonElement>();
        for (var next = $"/api/xapi/statements?since={sinceParameter}&limit=1"; next.Length > 0;)
        {
            var page = await hr.GetFromJsonAsync<JsonElement>(next);
            paged.AddRange(page.GetProperty("statements").EnumerateArray());
            next = page.GetProperty("more").GetString()!;
        }

        var statements = all.GetProperty("statements").EnumerateArray().ToList();
        var mine = statements.Where(s => s.GetProperty("actor").GetProperty("account").GetProperty("name").GetString() == person.Id.ToString()).ToList();
        Assert.All(statements, s => Assert.Empty(XapiStatementValidator.Validate(s)));
        Assert.Equal(
            ["completed lesson", "passed assessment", "completed course", "attended meeting"],
            mine.Select(s => $"{s.GetProperty("verb").GetProperty("display").GetProperty("en-US").GetString()} {s.GetProperty("object").GetProperty("definition").GetProperty("type").GetString()!.Split('/')[^1]}"));
        Assert.Equal(0.8, mine[1].GetProperty("result").GetProperty("score").GetProperty("scaled").GetDouble());
        Assert.Equal((0.8, "PT48M"), (mine[3].GetProperty("result").GetProperty("score").GetProperty("scaled").GetDouble(), mine[3].GetProperty("result").GetProperty("duration").GetString()));
        Assert.All(mine, s => Assert.Equal(AcademyApp.PublicAddress, s.GetProperty("actor").GetProperty("account").GetProperty("homePage").GetString()));
        Assert.All(mine, s => Assert.Equal(unit.ToString(), s.GetProperty("context").GetProperty("extensions").GetProperty($"{AcademyApp.PublicAddress}/xapi/extensions/unit").GetString()));
        Assert.DoesNotContain(person.Email!, all.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(stranger.Id.ToString(), all.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(statements.Select(s => s.GetProperty("id").GetString()), again.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(statements.Select(s => s.GetProperty("id").GetString()), paged.Select(s => s.GetProperty("id").GetString()));
        var last = statements[^1].GetProperty("stored").GetDateTime();
        var after = await hr.GetFromJsonAsync<JsonElement>($"/api/xapi/statements?since={Uri.EscapeDataString(last.ToString("O"))}");
        Assert.Empty(after.GetProperty("statements").EnumerateArray());
        var upToQuiz = await hr.GetFromJsonAsync<JsonElement>($"/api/xapi/statements?since={sinceParameter}&until={Uri.EscapeDataString(mine[1].GetProperty("stored").GetDateTime().ToString("O"))}");
        Assert.Contains(upToQuiz.GetProperty("statements").EnumerateArray(), s => s.GetProperty("id").GetString() == mine[1].GetProperty("id").GetString());
        Assert.DoesNotContain(upToQuiz.GetProperty("statements").EnumerateArray(), s => s.GetProperty("id").GetString() == mine[2].GetProperty("id").GetString());

        using var admin = await app.ApiAs(DemoAccounts.Admin);
        Assert.Contains(stranger.Id.ToString(), (await admin.GetStringAsync($"/api/xapi/statements?since={sinceParameter}&limit=500")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_may_not_read_statements_and_a_bad_limit_or_cursor_is_refused_by_field()
    {
        using var supervisor = await app.ApiAs(DemoAccounts.SupervisorA(1));
        using var hr = await app.ApiAs(DemoAccounts.HrA);

        using var forbidden = await supervisor.GetAsync("/api/xapi/statements");
        using var tooMany = await hr.GetAsync("/api/xapi/statements?limit=501");
        using var broken = await hr.GetAsync("/api/xapi/statements?after=eilen");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.True((await Problem.ReadAsync(tooMany)).Errors!.ContainsKey("Limit"));
        Assert.True((await Problem.ReadAsync(broken)).Errors!.ContainsKey("After"));
    }
}
