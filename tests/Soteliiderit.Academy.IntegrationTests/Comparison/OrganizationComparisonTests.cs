using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Comparison;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.Comparison;

/// <summary>KT's comparison of employers: every organization beside the nation, no person, no figure of fewer than 5 people.</summary>
public sealed class OrganizationComparisonTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    private static DateOnly Today => DateOnly.FromDateTime(FinnishTime.ToLocal(DateTime.UtcNow));

    [Fact]
    public async Task A_small_employers_figures_show_as_fewer_than_five_beside_rounded_ones_and_no_person_is_in_the_report()
    {
        var small = await app.AddOrganizationAsync("Pikkukylän kunta");
        var course = await FirstCourseAsync();
        var few = await PeopleAsync(small, 3, "Pikkukylän Esihenkilö");
        var many = await PeopleAsync(DemoSeeder.OrganizationB, 7, "Isomman Esihenkilö");
        foreach (var person in few.Concat(many))
        {
            await app.EnrollAsync(person, course, DateTime.UtcNow);
        }

        await EndedWebinarAsync(seats: few, attended: few.Take(2));
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        using var pages = await app.BrowserAs(DemoAccounts.Admin);

        var table = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/comparison?courseId={course.Id}");
        var page = await (await pages.GetAsync($"/admin/comparison?courseId={course.Id}")).ReadTextAsync();

        var row = Row(table, small);
        var completion = row.GetProperty("completion");
        Assert.True(completion.GetProperty("supervisors").GetProperty("fewerThanFive").GetBoolean());
        Assert.True(completion.GetProperty("catalogueCompleted").GetProperty("fewerThanFive").GetBoolean());
        Assert.Equal(JsonValueKind.Null, completion.GetProperty("catalogueRate").ValueKind);
        Assert.True(row.GetProperty("attendance").GetProperty("attended").GetProperty("fewerThanFive").GetBoolean());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("attendance").GetProperty("rate").ValueKind);
        // The bigger employer's counts are rounded to 5, and its rate comes from the rounded counts.
        var exact = await CompletedAsync(DemoSeeder.OrganizationB, course.Id);
        var other = Row(table, DemoSeeder.OrganizationB).GetProperty("completion").GetProperty("catalogueCompleted");
        Assert.Equal(PublishedCount.Of(exact).Rounded, other.GetProperty("rounded").GetInt32());
        Assert.Equal(0, other.GetProperty("rounded").GetInt32() % 5);
        // The nation is the sum of the rows, so the nation minus the others is the small row's own "fewer than 5": nothing.
        var national = table.GetProperty("national").GetProperty("catalogueCompleted").GetProperty("rounded").GetInt32();
        Assert.Equal(table.GetProperty("organizations").EnumerateArray().Sum(o => o.GetProperty("completion").GetProperty("catalogueCompleted").GetProperty("rounded").GetInt32()), national);
        Assert.Contains("Pikkukylän kunta", page, StringComparison.Ordinal);
        Assert.Contains("alle 5", page, StringComparison.Ordinal);
        foreach (var person in few.Concat(many))
        {
            Assert.DoesNotContain(person.Email!, page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(person.Id.ToString(), table.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Pikkukylän Esihenkilö", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Isomman Esihenkilö", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_filter_date_range_or_nation_minus_the_others_tells_a_small_employers_figure_apart()
    {
        var small = await app.AddOrganizationAsync("Pienen kuntayhtymä");
        var course = await FirstCourseAsync();
        var few = await PeopleAsync(small, 4, "Pienen Esihenkilö");
        foreach (var person in few.Take(2))
        {
            await app.EnrollAsync(person, course, DateTime.UtcNow);
        }

        // The nation's exact count is put just under a rounding step, so that one more completion would round it up.
        var unit = await app.AddUnitAsync(DemoSeeder.OrganizationB, "Vertailun yksikkö");
        var national = await CompletedAsync(null, course.Id);
        var others = await PeopleAsync(DemoSeeder.OrganizationB, 5 + ((7 - (national % 5)) % 5), "Vertailun Esihenkilö");
        foreach (var person in others)
        {
            await app.PlaceAsync(person, unit);
            await app.EnrollAsync(person, course, DateTime.UtcNow);
        }

        var before = await CompletedAsync(null, course.Id);
        Assert.NotEqual(PublishedCount.Of(before), PublishedCount.Of(before + 1));
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        using var otherHr = await app.ApiAs(DemoAccounts.HrB);
        var seen = await EverythingAcrossEmployersAsync(admin, otherHr, course.Id, unit);

        await app.EnrollAsync(few[2], course, DateTime.UtcNow);
        var after = await EverythingAcrossEmployersAsync(admin, otherHr, course.Id, unit);

        // From 2 to 3 people: no table of the comparison nor any HR dashboard of another employer changes.
        Assert.Equal(seen.Keys, after.Keys);
        foreach (var (query, answer) in seen)
        {
            Assert.True(answer == after[query], $"{query} changed when a figure of fewer than 5 did");
        }
    }

    [Fact]
    public async Task Only_an_admin_sees_the_comparison_and_an_unknown_course_is_named_by_its_field()
    {
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        using var hrPages = await app.BrowserAs(DemoAccounts.HrA);

        using var refused = await hr.GetAsync("/api/admin/comparison");
        using var unknown = await admin.GetAsync($"/api/admin/comparison?courseId={Guid.NewGuid()}");
        using var page = await hrPages.GetAsync("/admin/comparison");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await Problem.ReadAsync(unknown)).Errors!.ContainsKey("CourseId"));
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
    }

    /// <summary>
    /// Every cross-employer answer an admin or another employer's HR can ask for: the comparison of each course and
    /// of all, and HR's dashboard (whose national column is cross-employer) with every course, unit and day filter.
    /// </summary>
    private static async Task<Dictionary<string, string>> EverythingAcrossEmployersAsync(HttpClient admin, HttpClient hr, Guid course, Guid unit)
    {
        var answers = new Dictionary<string, string>();
        foreach (var courseFilter in new[] { "", $"courseId={course}" })
        {
            // Without the moment of counting: that is the clock, not the figures.
            var comparison = JsonNode.Parse(await admin.GetStringAsync($"/api/admin/comparison?{courseFilter}"))!.AsObject();
            Assert.True(comparison.Remove("countedAt"));
            answers[$"comparison?{courseFilter}"] = comparison.ToJsonString();
            foreach (var unitFilter in new[] { "", $"unitId={unit}" })
            {
                foreach (var days in new[] { "", $"from={Today:yyyy-MM-dd}", $"to={Today.AddDays(-1):yyyy-MM-dd}", $"from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}", $"from={Today.AddDays(1):yyyy-MM-dd}" })
                {
                    var query = $"dashboard?{string.Join('&', new[] { courseFilter, unitFilter, days }.Where(f => f.Length > 0))}";
                    answers[query] = await hr.GetStringAsync($"/api/hr/{query}");
                }
            }
        }

        return answers;
    }

    private static JsonElement Row(JsonElement table, Guid organization) =>
        table.GetProperty("organizations").EnumerateArray().Single(o => o.GetProperty("organizationId").GetGuid() == organization);

    private Task<Course> FirstCourseAsync() =>
        app.QueryAsync(db => db.Courses.Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt).FirstAsync());

    private async Task<List<AcademyUser>> PeopleAsync(Guid organization, int count, string name)
    {
        var people = new List<AcademyUser>();
        for (var i = 1; i <= count; i++)
        {
            people.Add(await app.AddPersonToAsync(organization, name: $"{name} {i}"));
        }

        return people;
    }

    /// <summary>Exact completions of active supervisors, of one organization or (null) of all.</summary>
    private Task<int> CompletedAsync(Guid? organization, Guid course) => app.QueryAsync(db =>
    {
        var supervisors = db.Users.Where(u => u.IsActive && u.OrganizationId != null && (organization == null || u.OrganizationId == organization)
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Supervisor)));
        return db.Enrollments.CountAsync(e => e.CourseId == course && e.CompletedAt != null && supervisors.Any(s => s.Id == e.LearnerId));
    });

    /// <summary>The rows a webinar leaves behind once it has ended: seats, and the stretches people were in the room.</summary>
    private Task EndedWebinarAsync(IEnumerable<AcademyUser> seats, IEnumerable<AcademyUser> attended) => app.QueryAsync(db =>
    {
        var startsAt = DateTime.UtcNow.AddDays(-1);
        var webinar = new Webinar { Id = Guid.NewGuid(), Status = WebinarStatus.Ended, TitleFi = "Päättynyt vertailuwebinaari", StartsAt = startsAt, DurationMinutes = 60, Capacity = 100, CreatedAt = startsAt.AddDays(-7), EndedAt = startsAt.AddHours(1) };
        db.Webinars.Add(webinar);
        db.WebinarRegistrations.AddRange(seats.Select(p => new WebinarRegistration { WebinarId = webinar.Id, UserId = p.Id, State = RegistrationState.Registered, RegisteredAt = startsAt.AddDays(-2) }));
        db.WebinarAttendance.AddRange(attended.Select(p => new WebinarAttendance { WebinarId = webinar.Id, UserId = p.Id, JoinedAt = startsAt, SeenAt = startsAt.AddMinutes(50), LeftAt = startsAt.AddMinutes(50) }));
        return db.SaveChangesAsync();
    });
}
