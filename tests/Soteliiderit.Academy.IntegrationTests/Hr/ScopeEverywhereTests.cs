using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.IntegrationTests.Webinars;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Webinars;
using Soteliiderit.Academy.Web.Features.Xapi;

namespace Soteliiderit.Academy.IntegrationTests.Hr;

/// <summary>
/// HR of organization A against everything of organization B, through every endpoint and page HR can call. The
/// list of those is read from the app's own endpoint data source, so an HR endpoint added later without a case here
/// fails this test instead of going untried.
/// </summary>
public sealed class ScopeEverywhereTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    private const string HrAsCoHost = "HR co-host";

    [Fact]
    public async Task Hr_of_one_employer_reaches_nothing_of_another_through_any_endpoint_or_page_also_as_a_webinar_co_host()
    {
        var other = await OtherEmployerAsync();
        var before = await RowsOfAsync(other);
        using var api = await app.ApiAs(DemoAccounts.HrA);
        using var pages = await app.BrowserAs(DemoAccounts.HrA);
        var cases = Cases(other);

        var uncovered = HrEndpoints().Where(e => !cases.ContainsKey(e)).ToList();
        Assert.True(uncovered.Count == 0, $"No scope case for: {string.Join(", ", uncovered)}");

        var failures = new List<string>();
        foreach (var (endpoint, probes) in cases)
        {
            foreach (var probe in probes)
            {
                using var response = await SendAsync(probe.Page ? pages : api, probe);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                // What the caller sent may come back (a form shows what was typed, a list names its bad lines); nothing else of B may.
                var leaked = other.Markers.Where(m => body.Contains(m, StringComparison.OrdinalIgnoreCase) && !probe.Sends(m)).ToList();
                var refused = status is >= 400 and < 500 || (probe.Page && status == 200 && body.Contains("aria-invalid=\"true\"", StringComparison.Ordinal));
                if (status >= 500 || (probe.Refused ? !refused : status >= 400) || leaked.Count > 0)
                {
                    failures.Add($"{endpoint} {probe.Method} {probe.Url}: {status}{(leaked.Count > 0 ? $", shows {string.Join(", ", leaked)}" : "")}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await RowsOfAsync(other));
    }

    /// <param name="Refused">True: a 4xx is the right answer (another employer's id, unit or person asked for); false: a 2xx without anything of B.</param>
    /// <param name="Page">Sent as a browser would (cookie, form with its antiforgery token from <paramref name="TokenFrom"/>); a page refuses with a form error naming its field.</param>
    private sealed record Probe(string Method, string Url, bool Refused, object? Body = null, bool Page = false, Dictionary<string, string>? Form = null, string? TokenFrom = null)
    {
        public bool Sends(string marker) =>
            $"{Url} {(Body is null ? "" : JsonSerializer.Serialize(Body))} {string.Join(" ", Form?.Values.ToArray() ?? [])}".Contains(marker, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record OtherEmployer(Guid Person, string Email, Guid Unit, Guid Assignment, Guid Recommendation, Guid Webinar, Guid Course)
    {
        public string[] Markers => [Name, Email, Person.ToString(), Unit.ToString(), UnitName, Assignment.ToString(), Recommendation.ToString()];

        public const string Name = "Bertta Rajanaapuri";

        public const string UnitName = "Naapurin tulosalue";
    }

    private static Dictionary<string, Probe[]> Cases(OtherEmployer b)
    {
        var orgA = DemoSeeder.OrganizationA;
        var orgB = DemoSeeder.OrganizationB;
        var dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Probe Get(string url, bool refused = false) => new("GET", url, refused);
        Probe Page(string url, bool refused = false) => new("GET", url, refused, Page: true);
        Probe Form(string url, Dictionary<string, string> form, string tokenFrom) => new("POST", url, Refused: true, Page: true, Form: form, TokenFrom: tokenFrom);
        var toB = new[]
        {
            new { courseId = b.Course, dueOn, audience = "People", userId = (Guid?)b.Person, emails = (string?)null, unitId = (Guid?)null },
            new { courseId = b.Course, dueOn, audience = "People", userId = (Guid?)null, emails = (string?)b.Email, unitId = (Guid?)null },
            new { courseId = b.Course, dueOn, audience = "Unit", userId = (Guid?)null, emails = (string?)null, unitId = (Guid?)b.Unit },
        };
        return new()
        {
            ["GET /api/hr/dashboard"] = [Get("/api/hr/dashboard"), Get($"/api/hr/dashboard?unitId={b.Unit}", refused: true)],
            ["GET /api/hr/completions.csv"] = [Get("/api/hr/completions.csv"), Get($"/api/hr/completions.csv?unitId={b.Unit}", refused: true)],
            ["GET /hr/completions.csv"] = [Page("/hr/completions.csv"), Page($"/hr/completions.csv?unitId={b.Unit}", refused: true)],
            ["GET /api/hr/attendance"] = [Get("/api/hr/attendance")],
            ["GET /api/hr/supervisors/{userId:guid}"] = [Get($"/api/hr/supervisors/{b.Person}", refused: true)],
            ["GET /api/hr/supervisors"] = [Get("/api/hr/supervisors"), Get("/api/hr/supervisors?search=Bertta")],
            ["POST /api/hr/supervisors/{userId:guid}/set-password-link"] = [new("POST", $"/api/hr/supervisors/{b.Person}/set-password-link", Refused: true)],
            ["GET /api/hr/assignments"] = [Get("/api/hr/assignments")],
            ["POST /api/hr/assignments"] = [.. toB.Select(body => new Probe("POST", "/api/hr/assignments", Refused: true, Body: body))],
            ["GET /api/hr/assignments/{id:guid}"] = [Get($"/api/hr/assignments/{b.Assignment}", refused: true)],
            ["GET /api/hr/assignments/{id:guid}/mail"] = [Get($"/api/hr/assignments/{b.Assignment}/mail", refused: true)],
            ["POST /api/hr/assignments/{id:guid}/reminders"] = [new("POST", $"/api/hr/assignments/{b.Assignment}/reminders", Refused: true, Body: new { }), new("POST", $"/api/hr/assignments/{b.Assignment}/reminders", Refused: true, Body: new { userId = b.Person })],
            ["PUT /api/hr/assignments/{id:guid}/due-date"] = [new("PUT", $"/api/hr/assignments/{b.Assignment}/due-date", Refused: true, Body: new { dueOn })],
            ["DELETE /api/hr/assignments/{id:guid}"] = [new("DELETE", $"/api/hr/assignments/{b.Assignment}", Refused: true)],
            ["GET /api/hr/ideas"] = [Get("/api/hr/ideas")],
            ["GET /api/hr/recommendations"] = [Get("/api/hr/recommendations")],
            ["POST /api/hr/recommendations"] = [.. toB.Select(to => new Probe("POST", "/api/hr/recommendations", Refused: true, Body: new { item = "Course", itemId = b.Course, note = "Katso tämä", to.audience, to.userId, to.emails, to.unitId }))],
            ["DELETE /api/hr/recommendations/{id:guid}"] = [new("DELETE", $"/api/hr/recommendations/{b.Recommendation}", Refused: true)],
            ["GET /api/organizations/{organizationId:guid}/units"] = [Get($"/api/organizations/{orgB}/units", refused: true), Get($"/api/organizations/{orgA}/units")],
            ["POST /api/organizations/{organizationId:guid}/units"] = [new("POST", $"/api/organizations/{orgB}/units", Refused: true, Body: new { nameFi = "Vieras yksikkö" }), new("POST", $"/api/organizations/{orgA}/units", Refused: true, Body: new { nameFi = "Vieras yksikkö", parentId = b.Unit })],
            ["PUT /api/organizations/{organizationId:guid}/units/{unitId:guid}"] = [new("PUT", $"/api/organizations/{orgB}/units/{b.Unit}", Refused: true, Body: new { nameFi = "Kaapattu" }), new("PUT", $"/api/organizations/{orgA}/units/{b.Unit}", Refused: true, Body: new { nameFi = "Kaapattu" })],
            ["GET /organizations/{organizationId:guid}/units.json"] = [Page($"/organizations/{orgB}/units.json", refused: true)],
            ["GET /api/xapi/statements"] = [Get("/api/xapi/statements?limit=500")],
            [$"{HrAsCoHost} GET /api/webinars/{{id:guid}}/registrations"] = [Get($"/api/webinars/{b.Webinar}/registrations")],
            [$"{HrAsCoHost} GET /api/webinars/{{id:guid}}/attendance"] = [Get($"/api/webinars/{b.Webinar}/attendance")],
            [$"{HrAsCoHost} GET /api/webinars/{{id:guid}}/attendance.csv"] = [Get($"/api/webinars/{b.Webinar}/attendance.csv")],
            [$"{HrAsCoHost} GET /webinars/{{id:guid}}/attendance.csv"] = [Page($"/webinars/{b.Webinar}/attendance.csv")],
            [$"{HrAsCoHost} GET /webinars/{{id:guid}}"] = [Page($"/webinars/{b.Webinar}")],
            ["PAGE /hr"] = [Page("/hr"), Form("/hr?handler=Link", new() { ["supervisorId"] = $"{b.Person}" }, "/hr")],
            ["PAGE /hr/dashboard"] = [Page("/hr/dashboard"), Page($"/hr/dashboard?UnitId={b.Unit}", refused: true)],
            ["PAGE /hr/attendance"] = [Page("/hr/attendance")],
            ["PAGE /hr/supervisors/{userId:guid}"] = [Page($"/hr/supervisors/{b.Person}", refused: true)],
            ["PAGE /hr/assignments"] = [Page("/hr/assignments")],
            ["PAGE /hr/assignments/new"] = [Page("/hr/assignments/new"), Form("/hr/assignments/new", new() { ["Input.Item"] = $"course:{b.Course}", ["Input.DueOn"] = dueOn, ["Input.Audience"] = "Unit", ["Input.UnitId"] = $"{b.Unit}" }, "/hr/assignments/new")],
            ["PAGE /hr/assignments/{assignmentId:guid}"] =
            [
                Page($"/hr/assignments/{b.Assignment}", refused: true),
                Form($"/hr/assignments/{b.Assignment}?handler=DueDate", new() { ["Input.DueOn"] = dueOn }, "/hr/assignments/new"),
                Form($"/hr/assignments/{b.Assignment}?handler=Remind", new() { ["userId"] = $"{b.Person}" }, "/hr/assignments/new"),
                Form($"/hr/assignments/{b.Assignment}?handler=Withdraw", [], "/hr/assignments/new"),
            ],
            ["PAGE /hr/ideas"] = [Page("/hr/ideas"), Form("/hr/ideas?handler=Withdraw", new() { ["recommendationId"] = $"{b.Recommendation}" }, "/hr/ideas")],
            ["PAGE /hr/ideas/{item}/{itemId:guid}/recommend"] =
            [
                Page($"/hr/ideas/course/{b.Course}/recommend"),
                Form($"/hr/ideas/course/{b.Course}/recommend", new() { ["Input.Note"] = "Katso tämä", ["Input.Audience"] = "People", ["Input.Emails"] = b.Email }, $"/hr/ideas/course/{b.Course}/recommend"),
            ],
            ["PAGE /organizations/{organizationId:guid}/units"] = [Page($"/organizations/{orgB}/units", refused: true), Page($"/organizations/{orgA}/units"), Form($"/organizations/{orgB}/units", new() { ["Input.NameFi"] = "Vieras yksikkö" }, $"/organizations/{orgA}/units")],
            ["PAGE /organizations/{organizationId:guid}/units/{unitId:guid}"] = [Page($"/organizations/{orgB}/units/{b.Unit}", refused: true), Page($"/organizations/{orgA}/units/{b.Unit}", refused: true), Form($"/organizations/{orgA}/units/{b.Unit}", new() { ["Input.NameFi"] = "Kaapattu" }, $"/organizations/{orgA}/units")],
        };
    }

    /// <summary>
    /// Every endpoint HR may call that names people or units: those behind the HR, units or xAPI policies, the
    /// pages behind them, and a webinar's reports, which HR reads when co-hosting.
    /// </summary>
    private IEnumerable<string> HrEndpoints()
    {
        var hrPolicies = new[] { Policies.Hr, Policies.Units, XapiApi.Readers };
        foreach (var endpoint in app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy);
            var forHr = policies.Any(hrPolicies.Contains) || route.StartsWith("/api/hr", StringComparison.Ordinal) || route.StartsWith("/hr", StringComparison.Ordinal) || route.Contains("/units", StringComparison.Ordinal);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                if (forHr)
                {
                    yield return $"PAGE {route}";
                }
            }
            else
            {
                var report = (route.StartsWith("/api/webinars", StringComparison.Ordinal) || route.StartsWith("/webinars", StringComparison.Ordinal))
                    && (route.EndsWith("/registrations", StringComparison.Ordinal) || route.Contains("/attendance", StringComparison.Ordinal));
                foreach (var method in (report || forHr) ? endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"] : [])
                {
                    yield return report ? $"{HrAsCoHost} {method} {route}" : $"{method} {route}";
                }
            }
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Probe probe)
    {
        if (probe.Form is { } form)
        {
            return await client.PostFormAsync(probe.Url, new Dictionary<string, string>(form), probe.TokenFrom);
        }

        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url);
        if (probe.Body is not null)
        {
            request.Content = JsonContent.Create(probe.Body);
        }

        return await client.SendAsync(request);
    }

    /// <summary>
    /// Organization B's own things, made the way B's HR makes them: a supervisor in a unit who finished a course,
    /// an assignment and a recommendation to them, and a webinar they sat in that HR of A co-hosts.
    /// </summary>
    private async Task<OtherEmployer> OtherEmployerAsync()
    {
        var unit = await app.AddUnitAsync(DemoSeeder.OrganizationB, OtherEmployer.UnitName);
        var person = await app.AddPersonToAsync(DemoSeeder.OrganizationB, name: OtherEmployer.Name);
        await app.PlaceAsync(person, unit);
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt).FirstAsync());
        await app.EnrollAsync(person, course, DateTime.UtcNow);

        using var hrB = await app.ApiAs(DemoAccounts.HrB);
        var dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        using var assigned = await hrB.PostAsJsonAsync("/api/hr/assignments", new { courseId = course.Id, dueOn, audience = "People", userId = person.Id });
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var assignment = (await assigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assignment").GetProperty("id").GetGuid();
        using var recommended = await hrB.PostAsJsonAsync("/api/hr/recommendations", new { item = "Course", itemId = course.Id, note = "Hyvä kurssi", audience = "People", userId = person.Id });
        recommended.EnsureSuccessStatusCode();
        var recommendation = (await recommended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recommendation").GetProperty("id").GetGuid();

        var webinar = await WebinarSchedulingTests.ScheduleAsync(app, WebinarSchedulingTests.Plan(DateTime.UtcNow.AddMinutes(5), capacity: 10, coFacilitators: [DemoAccounts.HrA]));
        using (var seat = await app.ApiAs(person.Email!))
        {
            (await seat.PostAsync($"/api/webinars/{webinar}/registration", null)).EnsureSuccessStatusCode();
        }

        await app.QueryAsync(db =>
        {
            db.WebinarAttendance.Add(new WebinarAttendance { WebinarId = webinar, UserId = person.Id, JoinedAt = DateTime.UtcNow.AddMinutes(-30), SeenAt = DateTime.UtcNow, LeftAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        return new OtherEmployer(person.Id, person.Email!, unit, assignment, recommendation, webinar, course.Id);
    }

    /// <summary>What of B's a refused request could have changed, as one comparable string.</summary>
    private Task<string> RowsOfAsync(OtherEmployer b) => app.QueryAsync(async db =>
    {
        var assignments = await db.AssignedPeople.Where(p => p.UserId == b.Person).Join(db.Assignments, p => p.AssignmentId, a => a.Id, (p, a) => new { a.Id, a.DueOn, a.WithdrawnAt, a.OrganizationId }).ToListAsync();
        var recommendations = await db.RecommendedPeople.Where(p => p.UserId == b.Person).Join(db.Recommendations, p => p.RecommendationId, r => r.Id, (p, r) => new { r.Id, r.WithdrawnAt, r.OrganizationId }).ToListAsync();
        var units = await db.OrganizationUnits.Where(u => u.Id == b.Unit || u.ParentId == b.Unit || u.NameFi == "Vieras yksikkö" || u.NameFi == "Kaapattu").Select(u => new { u.Id, u.NameFi, u.ParentId }).ToListAsync();
        var reminders = await db.Reminders.CountAsync(r => r.UserId == b.Person);
        var person = await db.Users.Where(u => u.Id == b.Person).Select(u => new { u.PasswordHash, u.SecurityStamp, u.UnitId, u.OrganizationId, u.IsActive, Roles = db.UserRoles.Count(r => r.UserId == u.Id) }).SingleAsync();
        return JsonSerializer.Serialize(new { assignments, recommendations, units, reminders, person });
    });
}
