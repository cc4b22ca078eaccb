using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Learners;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.HrDashboard;

/// <summary>HR's completions CSV, checked byte by byte: BOM, separator, escaping, and only the organization's own people.</summary>
public sealed class CompletionExportTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    private static DateOnly Today => DateOnly.FromDateTime(FinnishTime.ToLocal(DateTime.UtcNow));

    [Fact]
    public async Task The_csv_starts_with_a_bom_uses_semicolons_escapes_formulas_and_quotes_and_holds_only_the_organizations_own_people()
    {
        var unit = await app.AddUnitAsync(DemoSeeder.OrganizationA, "Vientiyksikkö");
        var formula = await app.AddPersonAsync(name: "=HYPERLINK(\"http://x\")");
        var quoted = await app.AddPersonAsync(name: "Väinö; Åsa \"Öhman\"");
        await app.PlaceAsync(formula, unit);
        await app.PlaceAsync(quoted, unit);
        var stranger = await app.AddPersonAsync(organization: 'B', name: "Vieras Viejä");
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt).FirstAsync());
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        (await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = course.Id, dueOn = Today.AddDays(7), audience = "Unit", unitId = unit })).EnsureSuccessStatusCode();
        await app.QueryAsync(db =>
        {
            db.Learners.Add(new Learner { UserId = formula.Id, Enrollments = [new Enrollment { Id = Guid.NewGuid(), CourseId = course.Id, CourseVersion = course.PublishedVersion, EnrolledAt = DateTime.UtcNow, CompletedAt = DateTime.UtcNow }] });
            db.Learners.Add(new Learner { UserId = stranger.Id, Enrollments = [new Enrollment { Id = Guid.NewGuid(), CourseId = course.Id, CourseVersion = course.PublishedVersion, EnrolledAt = DateTime.UtcNow }] });
            return db.SaveChangesAsync();
        });

        using var response = await hr.GetAsync($"/api/hr/completions.csv?unitId={unit}&courseId={course.Id}&separator=semicolon");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var whole = await (await hr.GetAsync("/api/hr/completions.csv")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Nimi;Sähköposti;Yksikkö;Kurssi;Tila;Aloitettu;Suoritettu;Määräaika;Myöhässä", lines[0]);
        var due = Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var done = FinnishTime.ToLocal(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"\"'=HYPERLINK(\"\"http://x\"\")\";{formula.Email};Vientiyksikkö;{course.TitleFi};suoritettu;{done};{done};{due};ei", lines.Single(l => l.Contains(formula.Email!, StringComparison.Ordinal)));
        Assert.Equal($"\"Väinö; Åsa \"\"Öhman\"\"\";{quoted.Email};Vientiyksikkö;{course.TitleFi};ei aloitettu;;;{due};ei", lines.Single(l => l.Contains(quoted.Email!, StringComparison.Ordinal)));
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.StartsWith("Nimi,Sähköposti,Yksikkö,", whole, StringComparison.Ordinal);
        Assert.Contains(formula.Email!, whole, StringComparison.Ordinal);
        Assert.DoesNotContain(stranger.Email!, whole, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_with_an_unknown_separator_a_reversed_range_or_another_organizations_unit_is_refused_before_any_row()
    {
        var unit = await app.AddUnitAsync(DemoSeeder.OrganizationA, "Vain A:lle");
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        using var otherHr = await app.ApiAs(DemoAccounts.HrB);

        using var tab = await hr.GetAsync("/api/hr/completions.csv?separator=tab");
        using var reversed = await hr.GetAsync($"/api/hr/completions.csv?from={Today:yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}");
        using var theirs = await otherHr.GetAsync($"/api/hr/completions.csv?unitId={unit}");

        Assert.Contains("Valitse pilkku tai puolipiste.", Assert.Single((await Problem.ReadAsync(tab)).Errors!["Separator"]), StringComparison.Ordinal);
        Assert.True((await Problem.ReadAsync(reversed)).Errors!.ContainsKey("To"));
        Assert.True((await Problem.ReadAsync(theirs)).Errors!.ContainsKey("UnitId"));
    }
}
