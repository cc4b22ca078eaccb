using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Admin;

namespace Soteliiderit.Academy.IntegrationTests;

/// <summary>HR assigns courses and webinars by a day; supervisors see them, HR follows them, newcomers get them.</summary>
public sealed class AssignmentsTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    /// <summary>A day counted from today in Finland, as the API writes dates.</summary>
    private static string Today(int days = 0) => Day(DateTime.UtcNow.AddDays(days));

    private static string Day(DateTime utc) => DateOnly.FromDateTime(Web.Features.Webinars.FinnishTime.ToLocal(utc)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_course_assigned_to_a_unit_with_its_sub_units_reaches_their_supervisors_and_a_later_joiner_but_nobody_else()
    {
        var top = await app.AddUnitAsync(DemoSeeder.OrganizationA, "Hyvinvointipalvelut", null);
        var sub = await app.AddUnitAsync(DemoSeeder.OrganizationA, "Kotihoito", top);
        var inTop = await app.PlaceAsync(await app.AddPersonAsync(name: "Ylä Yksikkö"), top);
        var inSub = await app.PlaceAsync(await app.AddPersonAsync(name: "Ala Yksikkö"), sub);
        var elsewhere = await app.AddPersonAsync(name: "Muu Esihenkilö");
        var course = await PublishedCourseAsync();
        using var hr = await app.ApiAs(DemoAccounts.HrA);

        var outcome = await CreatedAsync(hr, new { courseId = course, dueOn = Today(30), audience = "UnitAndSubUnits", unitId = top });
        var joiner = await app.PlaceAsync(await app.AddPersonAsync(name: "Uusi Tulija"), sub);

        Assert.Equal(2, outcome.GetProperty("given").GetInt32());
        Assert.Equal("Hyvinvointipalvelut", outcome.GetProperty("assignment").GetProperty("unit").GetString());
        var assignment = outcome.GetProperty("assignment").GetProperty("id").GetGuid();
        var people = (await hr.GetFromJsonAsync<JsonElement>($"/api/hr/assignments/{assignment}")).GetProperty("people").EnumerateArray().Select(p => p.GetProperty("userId").GetGuid()).ToList();
        Assert.Equal(new[] { inTop, inSub, joiner }.Order(), people.Order());
        Assert.DoesNotContain(elsewhere.Id, people);
        using var mine = await app.ApiAs((await app.QueryAsync(db => db.Users.SingleAsync(u => u.Id == joiner))).Email!);
        var assigned = Assert.Single((await mine.GetFromJsonAsync<JsonElement>("/api/assignments/mine")).EnumerateArray());
        Assert.Equal((course, Today(30), "NotStarted", false), (assigned.GetProperty("courseId").GetGuid(), assigned.GetProperty("dueOn").GetString(), assigned.GetProperty("state").GetString(), assigned.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public async Task A_pasted_list_with_a_bad_line_and_another_employers_address_is_refused_by_line_unless_hr_assigns_the_valid_rows()
    {
        var known = await app.AddPersonAsync(name: "Listalla Oleva");
        var otherEmployers = await app.AddPersonAsync(organization: 'B', name: "Toisen Työnantajan");
        var course = await PublishedCourseAsync();
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        var list = $"email;name\n{known.Email};Listalla Oleva\nei-osoite@;Rikki\n{otherEmployers.Email};Toinen";

        using var refused = await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = course, dueOn = Today(7), audience = "People", emails = list });
        var errors = (await Problem.ReadAsync(refused)).Errors!["Emails"];
        var before = await app.QueryAsync(db => db.AssignedPeople.CountAsync(p => p.UserId == known.Id));
        var outcome = await CreatedAsync(hr, new { courseId = course, dueOn = Today(7), audience = "People", emails = list, assignValidRows = true });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Rivi 3, sarake 1: \"ei-osoite@\" ei ole sähköpostiosoite.", $"Rivi 4, sarake 1: osoitteella {otherEmployers.Email} ei ole esihenkilöä organisaatiossasi."], errors);
        Assert.Equal(0, before);
        Assert.Equal(1, outcome.GetProperty("given").GetInt32());
        Assert.Equal(2, outcome.GetProperty("skippedLines").GetArrayLength());
        Assert.Equal(0, await app.QueryAsync(db => db.AssignedPeople.CountAsync(p => p.UserId == otherEmployers.Id)));
    }

    [Fact]
    public async Task A_past_due_date_an_unknown_course_and_another_employers_supervisor_are_named_by_field_and_nothing_is_assigned()
    {
        var otherEmployers = await app.AddPersonAsync(organization: 'B');
        var course = await PublishedCourseAsync();
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        var count = await app.QueryAsync(db => db.Assignments.CountAsync());

        using var past = await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = course, dueOn = Today(-2), audience = "Everyone" });
        using var unknown = await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = Guid.NewGuid(), dueOn = Today(3), audience = "Everyone" });
        using var foreign = await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = course, dueOn = Today(3), audience = "People", userId = otherEmployers.Id });
        using var foreignUnit = await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = course, dueOn = Today(3), audience = "Unit", unitId = await app.AddUnitAsync(DemoSeeder.OrganizationB, "Vieras", null) });

        Assert.Equal("Määräpäivä ei voi olla menneisyydessä.", Assert.Single((await Problem.ReadAsync(past)).Errors!["DueOn"]));
        Assert.Contains("CourseId", (await Problem.ReadAsync(unknown)).Errors!.Keys);
        Assert.Equal("Organisaatiossasi ei ole tällaista esihenkilöä.", Assert.Single((await Problem.ReadAsync(foreign)).Errors!["UserId"]));
        Assert.Contains("UnitId", (await Problem.ReadAsync(foreignUnit)).Errors!.Keys);
        Assert.Equal(count, await app.QueryAsync(db => db.Assignments.CountAsync()));
    }

    [Fact]
    public async Task An_overdue_assignment_shows_as_overdue_until_hr_gives_it_a_new_day_and_disappears_when_withdrawn_while_other_hr_finds_nothing()
    {
        var person = await app.AddPersonAsync(name: "Myöhässä Oleva");
        var course = await PublishedCourseAsync();
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        using var otherHr = await app.ApiAs(DemoAccounts.HrB);
        using var supervisor = await app.ApiAs(person.Email!);
        var assignment = (await CreatedAsync(hr, new { courseId = course, dueOn = Today(1), audience = "People", userId = person.Id })).GetProperty("assignment").GetProperty("id").GetGuid();
        await app.QueryAsync(db => db.Assignments.Where(a => a.Id == assignment).ExecuteUpdateAsync(a => a.SetProperty(x => x.DueOn, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)))));

        var overdue = Assert.Single((await supervisor.GetFromJsonAsync<JsonElement>("/api/assignments/mine")).EnumerateArray());
        var summary = (await hr.GetFromJsonAsync<JsonElement>("/api/hr/assignments")).EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == assignment);
        using var seenByOther = await otherHr.GetAsync($"/api/hr/assignments/{assignment}");
        using var redatedByOther = await otherHr.PutAsJsonAsync($"/api/hr/assignments/{assignment}/due-date", new { dueOn = Today(9) });
        using var withdrawnByOther = await otherHr.DeleteAsync($"/api/hr/assignments/{assignment}");
        using var redated = await hr.PutAsJsonAsync($"/api/hr/assignments/{assignment}/due-date", new { dueOn = Today(14) });
        var onTime = Assert.Single((await supervisor.GetFromJsonAsync<JsonElement>("/api/assignments/mine")).EnumerateArray());
        using var withdrawn = await hr.DeleteAsync($"/api/hr/assignments/{assignment}");

        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        Assert.Equal((1, 1), (summary.GetProperty("assigned").GetInt32(), summary.GetProperty("overdue").GetInt32()));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (seenByOther.StatusCode, redatedByOther.StatusCode, withdrawnByOther.StatusCode));
        Assert.DoesNotContain((await otherHr.GetFromJsonAsync<JsonElement>("/api/hr/assignments")).EnumerateArray(), a => a.GetProperty("id").GetGuid() == assignment);
        Assert.Equal(HttpStatusCode.OK, redated.StatusCode);
        Assert.Equal((Today(14), false), (onTime.GetProperty("dueOn").GetString(), onTime.GetProperty("overdue").GetBoolean()));
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Empty((await supervisor.GetFromJsonAsync<JsonElement>("/api/assignments/mine")).EnumerateArray());
    }

    [Fact]
    public async Task An_assigned_webinar_gives_a_seat_then_the_waiting_list_and_counts_as_done_once_attended_for_three_quarters_of_its_time()
    {
        var first = await app.AddPersonAsync(name: "Ensimmäinen Paikka");
        var second = await app.AddPersonAsync(name: "Jonossa Oleva");
        var webinar = await Webinars.WebinarSchedulingTests.ScheduleAsync(app, Webinars.WebinarSchedulingTests.Plan(DateTime.UtcNow.AddDays(2), capacity: 1));
        using var hr = await app.ApiAs(DemoAccounts.HrA);

        var outcome = await CreatedAsync(hr, new { webinarId = webinar, audience = "People", emails = $"{first.Email}\n{second.Email}" });
        var registrations = await app.QueryAsync(db => db.WebinarRegistrations.Where(r => r.WebinarId == webinar).OrderBy(r => r.RegisteredAt).Select(r => new { r.UserId, r.State }).ToListAsync());
        // The webinar ran: the first was there for the whole hour, the second for 20 minutes of it.
        await app.QueryAsync(async db =>
        {
            var row = await db.Webinars.SingleAsync(w => w.Id == webinar);
            (row.Status, row.EndedAt) = (WebinarStatus.Ended, row.StartsAt.AddMinutes(60));
            db.WebinarAttendance.Add(new WebinarAttendance { WebinarId = webinar, UserId = first.Id, JoinedAt = row.StartsAt, SeenAt = row.StartsAt.AddMinutes(60), LeftAt = row.StartsAt.AddMinutes(60) });
            db.WebinarAttendance.Add(new WebinarAttendance { WebinarId = webinar, UserId = second.Id, JoinedAt = row.StartsAt, SeenAt = row.StartsAt.AddMinutes(20), LeftAt = row.StartsAt.AddMinutes(20) });
            return await db.SaveChangesAsync();
        });
        var details = await hr.GetFromJsonAsync<JsonElement>($"/api/hr/assignments/{outcome.GetProperty("assignment").GetProperty("id").GetGuid()}");

        var startsAt = await app.QueryAsync(db => db.Webinars.Where(w => w.Id == webinar).Select(w => w.StartsAt).SingleAsync());
        Assert.Equal(Day(startsAt), outcome.GetProperty("assignment").GetProperty("dueOn").GetString());
        Assert.Equal([(first.Id, RegistrationState.Registered), (second.Id, RegistrationState.Waiting)], registrations.Select(r => (r.UserId, r.State)));
        var states = details.GetProperty("people").EnumerateArray().ToDictionary(p => p.GetProperty("userId").GetGuid(), p => p.GetProperty("state").GetString());
        Assert.Equal(("Completed", "InProgress"), (states[first.Id], states[second.Id]));
        Assert.Equal(1, details.GetProperty("assignment").GetProperty("completed").GetInt32());
    }

    [Fact]
    public async Task Hr_assigns_a_course_to_a_unit_on_the_page_and_the_supervisor_finds_it_first_on_their_dashboard_while_other_hr_finds_no_page()
    {
        var unit = await app.AddUnitAsync(DemoSeeder.OrganizationA, "Ruokapalvelut", null);
        var person = await app.AddPersonAsync(name: "Ruoka Esihenkilö");
        await app.PlaceAsync(person, unit);
        var course = await PublishedCourseAsync();
        using var hr = await app.BrowserAs(DemoAccounts.HrA);
        using var otherHr = await app.BrowserAs(DemoAccounts.HrB);
        using var supervisor = await app.BrowserAs(person.Email!);

        using var posted = await hr.PostFormAsync("/hr/assignments/new", new()
        {
            ["Input.Item"] = $"course:{course}",
            ["Input.DueOn"] = Today(21),
            ["Input.Audience"] = "Unit",
            ["Input.UnitId"] = unit.ToString(),
            ["Input.IncludeSubUnits"] = "true",
        });
        var location = posted.Headers.Location!.ToString();
        var page = await (await hr.GetAsync(location)).ReadTextAsync();
        using var seenByOther = await otherHr.GetAsync(location.Split('?')[0]);
        var dashboard = await (await supervisor.GetAsync("/")).ReadTextAsync();

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Osoitettu 1 esihenkilölle.", page, StringComparison.Ordinal);
        Assert.Contains("Ruoka Esihenkilö", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, seenByOther.StatusCode);
        Assert.Contains("Sinulle osoitetut", dashboard, StringComparison.Ordinal);
        Assert.True(dashboard.IndexOf("Sinulle osoitetut", StringComparison.Ordinal) < dashboard.IndexOf("Omat webinaarini", StringComparison.Ordinal), "assignments come first");
        Assert.Contains("määräpäivä " + DateOnly.ParseExact(Today(21), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture), dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_past_due_date_on_the_page_is_named_beside_its_field_and_nothing_is_assigned()
    {
        var course = await PublishedCourseAsync();
        using var hr = await app.BrowserAs(DemoAccounts.HrA);
        var count = await app.QueryAsync(db => db.Assignments.CountAsync());

        using var posted = await hr.PostFormAsync("/hr/assignments/new", new()
        {
            ["Input.Item"] = $"course:{course}",
            ["Input.DueOn"] = Today(-5),
            ["Input.Audience"] = "Everyone",
        });
        var page = await posted.ReadTextAsync();

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Matches("id=\"Input_DueOn_error\">Määräpäivä ei voi olla menneisyydessä.<", page);
        Assert.Equal(count, await app.QueryAsync(db => db.Assignments.CountAsync()));
    }

    [Fact]
    public async Task Hr_gives_an_assignment_a_new_day_on_its_page_is_told_a_past_one_beside_the_field_and_withdraws_it()
    {
        var person = await app.AddPersonAsync(name: "Sivulla Siirretty");
        using var api = await app.ApiAs(DemoAccounts.HrA);
        var assignment = (await CreatedAsync(api, new { courseId = await PublishedCourseAsync(), dueOn = Today(5), audience = "People", userId = person.Id })).GetProperty("assignment").GetProperty("id").GetGuid();
        using var hr = await app.BrowserAs(DemoAccounts.HrA);
        var page = $"/hr/assignments/{assignment}";

        using var past = await hr.PostFormAsync($"{page}?handler=DueDate", new() { ["Input.DueOn"] = Today(-1) }, page);
        var refused = await past.ReadTextAsync();
        using var redated = await hr.PostFormAsync($"{page}?handler=DueDate", new() { ["Input.DueOn"] = Today(40) }, page);
        var saved = await (await hr.GetAsync(redated.Headers.Location!.ToString())).ReadTextAsync();
        using var withdrawn = await hr.PostFormAsync($"{page}?handler=Withdraw", [], page);
        using var gone = await hr.GetAsync(page);

        Assert.Matches("id=\"Input_DueOn_error\">Määräpäivä ei voi olla menneisyydessä.<", refused);
        Assert.Contains("Uusi määräpäivä tallennettiin.", saved, StringComparison.Ordinal);
        Assert.Equal(DateOnly.ParseExact(Today(40), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), await app.QueryAsync(db => db.Assignments.Where(a => a.Id == assignment).Select(a => a.DueOn).SingleAsync()));
        Assert.Equal(("/hr/assignments", HttpStatusCode.NotFound), (withdrawn.Headers.Location!.ToString(), gone.StatusCode));
    }

    [Fact]
    public async Task A_supervisor_moved_to_another_employer_leaves_the_old_ones_assignments_and_the_new_hr_can_assign_them_the_same_course()
    {
        var person = await app.AddPersonAsync(name: "Työnantajaa Vaihtava");
        var course = await PublishedCourseAsync();
        using var hrA = await app.ApiAs(DemoAccounts.HrA);
        using var hrB = await app.ApiAs(DemoAccounts.HrB);
        await CreatedAsync(hrA, new { courseId = course, dueOn = Today(10), audience = "People", userId = person.Id });

        await app.PlaceAsync(person, await app.AddUnitAsync(DemoSeeder.OrganizationB, "Uusi koti", null), DemoSeeder.OrganizationB);
        using var supervisor = await app.ApiAs(person.Email!);
        var mine = await supervisor.GetFromJsonAsync<JsonElement>("/api/assignments/mine");
        var byB = await CreatedAsync(hrB, new { courseId = course, dueOn = Today(10), audience = "People", userId = person.Id });

        Assert.Empty(mine.EnumerateArray());
        Assert.Equal((1, 0), (byB.GetProperty("given").GetInt32(), byB.GetProperty("alreadyAssigned").GetInt32()));
    }

    [Fact]
    public async Task Without_mail_settings_hr_is_told_that_nothing_is_mailed_and_nothing_waits_to_be_sent()
    {
        var person = await app.AddPersonAsync(name: "Ilman Postia");
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        using var hrPages = await app.BrowserAs(DemoAccounts.HrA);
        using var anonymous = app.Anonymous();

        var outcome = await CreatedAsync(hr, new { courseId = await PublishedCourseAsync(), dueOn = Today(7), audience = "People", userId = person.Id });
        using var forgot = await anonymous.PostFormAsync("/account/forgot-password", new() { ["Input.Email"] = person.Email! });

        const string told = "Akatemialla ei ole sähköpostiasetuksia";
        Assert.Contains(told, await (await hrPages.GetAsync("/hr")).ReadTextAsync(), StringComparison.Ordinal);
        Assert.Contains(told, await (await hrPages.GetAsync("/hr/assignments/new")).ReadTextAsync(), StringComparison.Ordinal);
        Assert.Contains(told, await (await hrPages.GetAsync($"/hr/assignments/{outcome.GetProperty("assignment").GetProperty("id").GetGuid()}")).ReadTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Pyydä salasanalinkkiä organisaatiosi HR:ltä", await forgot.ReadTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.OutgoingMails.CountAsync()));
        // The supervisor still finds it on the dashboard.
        using var supervisor = await app.BrowserAs(person.Email!);
        Assert.Contains("Sinulle osoitetut", await (await supervisor.GetAsync("/")).ReadTextAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient hr, object input)
    {
        using var response = await hr.PostAsJsonAsync("/api/hr/assignments", input);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<Guid> PublishedCourseAsync() =>
        app.QueryAsync(db => db.Courses.Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt).Select(c => c.Id).FirstAsync());
}
