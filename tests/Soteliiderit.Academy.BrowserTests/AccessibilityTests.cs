using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA rules) on every page the app routes to, in Finnish, Swedish and English,
/// signed in as someone the page is for. Any violation fails the test with the page, rule and elements.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserApp app)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Pages that only take a form post; opening them by address just leads back to the front page.</summary>
    private static readonly HashSet<string> PostOnly = ["/account/language", "/account/logout"];

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(RepositoryFile("node_modules/axe-core/axe.min.js")));

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Every_page_passes_axe(string language)
    {
        var routes = PageRoute.From(app.Services);
        var examples = await ExamplesAsync();
        var pages = new Dictionary<string, IPage>();
        var problems = new List<string>();
        var audited = 0;

        foreach (var route in routes.Where(r => !PostOnly.Contains(r.Template)))
        {
            var unknown = route.Parameters.Where(p => !examples.Values.ContainsKey(p)).ToList();
            Assert.True(unknown.Count == 0, $"{route.Template}: no example value for {string.Join(", ", unknown)}; add one to ExamplesAsync.");
            var url = route.Parameters.Aggregate(route.Template, (u, p) => System.Text.RegularExpressions.Regex.Replace(u, $@"\{{{p}[^}}]*\}}", examples.Values[p]));
            var account = route.Parameters.Contains("certificateId") ? DemoAccounts.SupervisorA(3) : AccountFor(route.Access);
            var key = account ?? "anonymous";
            if (!pages.TryGetValue(key, out var page))
            {
                page = account is null ? await app.NewPageAsync(language) : await app.SignedInPageAsync(account, language);
                pages[key] = page;
            }

            var response = await page.GotoAsync(url);
            Assert.True(new Uri(page.Url).AbsolutePath == url, $"{url} as {key} led to {page.Url} ({response?.Status})");
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            problems.AddRange((await RunAxeAsync(page)).Select(v => $"{url} ({language}, {key}): {v}"));
            audited++;
        }

        Assert.True(audited >= 20, $"Only {audited} pages were found to audit.");
        Assert.True(problems.Count == 0, $"axe found {problems.Count} violations:\n{string.Join("\n", problems)}");
        foreach (var page in pages.Values)
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task The_pages_people_use_on_phones_pass_axe_at_390_px_with_the_menu_open_and_shut(string language)
    {
        var examples = (await ExamplesAsync()).Values;
        var problems = new List<string>();
        foreach (var (account, url) in new[]
        {
            (DemoAccounts.SupervisorA(2), "/"),
            (DemoAccounts.SupervisorA(2), "/courses"),
            (DemoAccounts.SupervisorA(2), $"/courses/{examples["courseId"]}/lessons/{examples["lessonKey"]}"),
            (DemoAccounts.SupervisorA(2), $"/webinars/{examples["webinarId"]}/room"),
            (DemoAccounts.SupervisorA(2), "/materials"),
            (DemoAccounts.HrA, "/hr"),
        })
        {
            var page = await app.SignedInPageAsync(account, language);
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync(url);
            if (url.EndsWith("/room", StringComparison.Ordinal))
            {
                await Assertions.Expect(page.Locator("#connection.badge--done")).ToBeVisibleAsync();
            }

            problems.AddRange((await RunAxeAsync(page)).Select(v => $"{url} at 390 px ({language}): {v}"));
            await page.Locator("#menu-toggle").ClickAsync();
            await Assertions.Expect(page.Locator("#site-menu")).ToBeVisibleAsync();
            problems.AddRange((await RunAxeAsync(page)).Select(v => $"{url} at 390 px, menu open ({language}): {v}"));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"{url} scrolls sideways at 390 px");
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, $"axe found {problems.Count} violations:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public async Task A_failed_quiz_and_a_refused_form_pass_axe_too()
    {
        var page = await app.SignedInPageAsync(DemoAccounts.SupervisorA(2));
        var course = (await app.Services.GetRequiredService<IGrainFactory>().GetGrain<ICourseGrain>(DemoCourses.RemoteLeadershipBasics.ToString()).GetPublished())!;
        var quiz = course.Content.Lessons.First(l => l.Kind == LessonKind.Quiz);
        await page.GotoAsync($"/courses/{course.CourseId}/lessons/{quiz.Key}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tarkista vastaukseni" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Valitse vastaus kysymykseen 1.");
        Assert.Empty(await RunAxeAsync(page));
        for (var q = 0; q < quiz.Quiz!.Questions.Count; q++)
        {
            var wrong = quiz.Quiz.Questions[q].Options.Select((option, index) => (option, index)).First(x => !x.option.Correct).index;
            await page.Locator($"#q{q}-o{wrong}").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Tarkista vastaukseni" }).ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("Ei vielä hyväksytty");

        var login = await app.NewPageAsync("sv");
        await login.GotoAsync("/account/login");
        await login.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).Last.ClickAsync();
        await Assertions.Expect(login.Locator(".error-summary")).ToBeVisibleAsync();

        Assert.Empty(await RunAxeAsync(page));
        Assert.Empty(await RunAxeAsync(login));
    }

    private static string? AccountFor(PageAccess access) => access switch
    {
        PageAccess.Anonymous => null,
        PageAccess.Authoring => DemoAccounts.Facilitator,
        PageAccess.Hr => DemoAccounts.HrA,
        PageAccess.Admin => DemoAccounts.Admin,
        // Enrolled in the first course with some lessons done, so the learner pages show progress.
        _ => DemoAccounts.SupervisorA(2),
    };

    private async Task<Examples> ExamplesAsync()
    {
        var course = (await app.Services.GetRequiredService<IGrainFactory>().GetGrain<ICourseGrain>(DemoCourses.RemoteLeadershipBasics.ToString()).GetPublished())!;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        var certificate = await db.Certificates.SingleAsync(c => c.LearnerName == "Laura Nieminen" && c.CourseId == course.CourseId);
        var user = await db.Users.SingleAsync(u => u.Email == DemoAccounts.SupervisorA(1));
        var unit = await db.OrganizationUnits.FirstAsync(u => u.OrganizationId == DemoSeeder.OrganizationA && u.ParentId != null);
        var assignment = await OverdueAssignmentAsync(db, course.CourseId);
        await RemindAndRecommendAsync(db, assignment);
        return new Examples(new Dictionary<string, string>
        {
            ["courseId"] = course.CourseId.ToString(),
            ["lessonKey"] = course.Content.Lessons.First(l => l.Kind == LessonKind.Quiz).Key.ToString(),
            ["moduleKey"] = course.Content.Modules[0].Key.ToString(),
            ["certificateId"] = certificate.Id.ToString(),
            ["code"] = Grains.Learners.CertificateCode.Format(certificate.Code),
            ["userId"] = user.Id.ToString(),
            ["status"] = "404",
            ["materialId"] = Web.Demo.DemoMaterials.TeamAgreement.ToString(),
            ["webinarId"] = DemoSeeder.DemoWebinar.ToString(),
            ["organizationId"] = DemoSeeder.OrganizationA.ToString(),
            ["unitId"] = unit.Id.ToString(),
            ["assignmentId"] = assignment.ToString(),
            ["item"] = "Material",
            ["itemId"] = Web.Demo.DemoMaterials.TeamAgreement.ToString(),
        });
    }

    /// <summary>An overdue course assignment of the learner whose pages are checked, so the dashboard and HR's pages show one.</summary>
    private static async Task<Guid> OverdueAssignmentAsync(AcademyDbContext db, Guid courseId)
    {
        var learner = await db.Users.SingleAsync(u => u.Email == DemoAccounts.SupervisorA(2));
        var hr = await db.Users.SingleAsync(u => u.Email == DemoAccounts.HrA);
        var existing = await db.Assignments.Where(a => a.People.Any(p => p.UserId == learner.Id)).Select(a => (Guid?)a.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var assignment = new Data.Assignments.Assignment
        {
            Id = Guid.NewGuid(),
            OrganizationId = DemoSeeder.OrganizationA,
            CourseId = courseId,
            Audience = SupervisorAudience.People,
            DueOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)),
            AssignedBy = hr.Id,
            AssignedAt = DateTime.UtcNow.AddDays(-30),
            People = [new Data.Assignments.AssignedPerson { UserId = learner.Id, AddedAt = DateTime.UtcNow.AddDays(-30) }],
        };
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync();
        return assignment.Id;
    }

    /// <summary>A reminder of the overdue assignment and a recommended material, so the dashboard and the idea bank show both.</summary>
    private static async Task RemindAndRecommendAsync(AcademyDbContext db, Guid assignmentId)
    {
        var learner = await db.Users.SingleAsync(u => u.Email == DemoAccounts.SupervisorA(2));
        var hr = await db.Users.SingleAsync(u => u.Email == DemoAccounts.HrA);
        if (await db.Reminders.AnyAsync(r => r.AssignmentId == assignmentId))
        {
            return;
        }

        db.Reminders.Add(new Data.Assignments.Reminder { Id = Guid.NewGuid(), AssignmentId = assignmentId, UserId = learner.Id, SentBy = hr.Id, SentAt = DateTime.UtcNow });
        db.Recommendations.Add(new Data.Recommendations.Recommendation
        {
            Id = Guid.NewGuid(),
            OrganizationId = DemoSeeder.OrganizationA,
            Item = Data.Recommendations.RecommendedItem.Material,
            ItemId = Web.Demo.DemoMaterials.TeamAgreement,
            Note = "Sopii seuraavaan tiimipalaveriin.",
            Audience = SupervisorAudience.People,
            RecommendedBy = hr.Id,
            RecommendedAt = DateTime.UtcNow,
            People = [new Data.Recommendations.RecommendedPerson { UserId = learner.Id }],
        });
        await db.SaveChangesAsync();
    }

    private static async Task<IReadOnlyList<string>> RunAxeAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, so the page's own script-src policy does not apply to axe.
        await page.EvaluateAsync(AxeSource.Value);
        var result = await page.EvaluateAsync<JsonElement>(
            "tags => axe.run(document, { runOnly: { type: 'tag', values: tags } }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })))",
            Tags);
        return [.. result.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} [{v.GetProperty("impact").GetString()}] {v.GetProperty("help").GetString()}: {string.Join(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}")];
    }

    private static string RepositoryFile(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} is missing: the test command installs it with npm ci.");
    }

    private sealed record Examples(IReadOnlyDictionary<string, string> Values);
}
