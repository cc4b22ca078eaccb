using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Learners;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Admin;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Demo;

public static class DemoSetup
{
    /// <summary>After the cluster's registration: seeding calls grains, so it runs once the silo has started.</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services) =>
        services.AddScoped<DemoSeeder>().AddScoped<DemoMaterials>().AddHostedService<DemoSeeding>();
}

/// <summary>Seeds the demo data as the academy starts, before it serves anyone.</summary>
public sealed class DemoSeeding(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Two employers (one Finnish-speaking municipality, one bilingual wellbeing services county), the demo people
/// three published courses and a few pieces of coaching material, with some progress so HR has something to see. Runs only where Academy:Demo:Seed
/// is true, and only on an empty database.
/// </summary>
public sealed class DemoSeeder(AcademyDbContext db, UserAccounts accounts, IGrainFactory grains, DemoMaterials materials, IOptions<AcademyOptions> options, TimeProvider time)
{
    public static readonly Guid OrganizationA = new("a0c1d3e5-0000-4000-8000-00000000000a");
    public static readonly Guid OrganizationB = new("b0c1d3e5-0000-4000-8000-00000000000b");

    /// <summary>The demo webinar (Demo/Content/webinar.json), open to join from start-up.</summary>
    public static readonly Guid DemoWebinar = new("e1f2a3b4-0000-4000-8000-0000000000e1");

    public async Task SeedAsync()
    {
        var demo = options.Value.Demo;
        if (!demo.Seed)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (await db.Organizations.AnyAsync())
        {
            await KeepDemoWebinarOpenAsync(now);
            return;
        }

        db.Organizations.AddRange(
            new Organization { Id = OrganizationA, NameFi = "Kuusiston kaupunki", NameSv = "Kuusisto stad", Kind = OrganizationKind.Municipality, CreatedAt = now },
            new Organization { Id = OrganizationB, NameFi = "Länsirannikon hyvinvointialue", NameSv = "Västkustens välfärdsområde", Kind = OrganizationKind.WellbeingServicesCounty, CreatedAt = now });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another node of the cluster, started at the same moment, stored them first and seeds the rest.
            return;
        }

        var (units, placeOf) = DemoUnits.Read(organization => organization == 'B' ? OrganizationB : OrganizationA, now);
        db.OrganizationUnits.AddRange(units);
        await db.SaveChangesAsync();
        var people = new Dictionary<string, AcademyUser>();
        foreach (var (email, name, role, organization, language) in DemoAccounts.All)
        {
            var organizationId = organization switch { 'A' => OrganizationA, 'B' => OrganizationB, _ => (Guid?)null };
            var account = new NewAccount(email, name, role, organizationId, language, placeOf.TryGetValue(email, out var unit) ? unit : null);
            people[email] = await accounts.CreateAsync(account, demo.Password);
        }

        var facilitator = people[DemoAccounts.Facilitator].Id;
        foreach (var (id, content) in DemoCourses.All)
        {
            var course = grains.GetGrain<ICourseGrain>(id.ToString());
            var draft = await course.Create(content, facilitator);
            await course.Publish(draft.Revision, facilitator);
        }

        await materials.SeedAsync(facilitator);
        var webinar = DemoContent.Json<DemoWebinarFile>("webinar.json");
        db.Webinars.Add(new Webinar
        {
            Id = webinar.Id,
            Status = WebinarStatus.Scheduled,
            TitleFi = webinar.Title.Fi,
            TitleSv = webinar.Title.Sv,
            TitleEn = webinar.Title.En,
            DescriptionFi = webinar.Description.Fi,
            DescriptionSv = webinar.Description.Sv,
            DescriptionEn = webinar.Description.En,
            // A drop-in room open from start-up for a working day (the longest slot a webinar may have).
            StartsAt = WebinarPlanRules.ToTheMinute(now),
            DurationMinutes = WebinarGrain.MaxDurationMinutes,
            LobbyMinutes = 15,
            Capacity = webinar.Capacity,
            OpenToAll = webinar.OpenToAll,
            Slides = [.. webinar.Slides],
            CreatedBy = facilitator,
            CreatedAt = now,
        });
        await db.SaveChangesAsync();
        await grains.GetGrain<IWebinarSessionGrain>(webinar.Id.ToString()).Refresh();
        await SeedProgressAsync(people);
    }

    /// <summary>Some supervisors have started or finished a course; supervisor1 of each employer starts clean.</summary>
    private async Task SeedProgressAsync(Dictionary<string, AcademyUser> people)
    {
        var basics = DemoCourses.All[0];
        await StudyAsync(people[DemoAccounts.SupervisorA(2)], basics.Id, lessons: 2);
        await StudyAsync(people[DemoAccounts.SupervisorA(3)], basics.Id, lessons: int.MaxValue);
        await StudyAsync(people[DemoAccounts.SupervisorB(2)], DemoCourses.All[1].Id, lessons: 1);
        await StudyAsync(people[DemoAccounts.SupervisorB(4)], basics.Id, lessons: int.MaxValue);
    }

    private async Task StudyAsync(AcademyUser user, Guid courseId, int lessons)
    {
        var learner = grains.GetGrain<ILearnerGrain>(user.Id.ToString());
        await learner.Enroll(courseId);
        var course = await grains.GetGrain<ICourseGrain>(courseId.ToString()).GetPublished();
        foreach (var lesson in course!.Content.Lessons.Where(l => l.Required).Take(lessons))
        {
            _ = lesson.Kind switch
            {
                LessonKind.Reflection => await learner.SubmitReflection(courseId, lesson.Key, "Sovimme tiimin kanssa yhteiset pelisäännöt."),
                LessonKind.Quiz => (await learner.SubmitQuiz(courseId, lesson.Key, RightAnswers(lesson.Quiz!))).Progress,
                _ => await learner.CompleteLesson(courseId, lesson.Key),
            };
        }
    }

    private static List<QuizAnswer> RightAnswers(Quiz quiz) =>
        [.. quiz.Questions.Select(q => new QuizAnswer(q.Key, [.. q.Options.Where(o => o.Correct).Select(o => o.Key)]))];

    /// <summary>
    /// The demo webinar is there to be tried whenever the academy starts: if its slot ran out while the academy was
    /// stopped (and nobody ended it), it starts again now, before the closing time would end it.
    /// </summary>
    private async Task KeepDemoWebinarOpenAsync(DateTime now)
    {
        if (await db.Webinars.SingleOrDefaultAsync(w => w.Id == DemoWebinar && w.Status == WebinarStatus.Scheduled) is { } webinar
            && webinar.StartsAt.AddMinutes(webinar.DurationMinutes) < now)
        {
            webinar.StartsAt = WebinarPlanRules.ToTheMinute(now);
            webinar.ETag++;
            await db.SaveChangesAsync();
            await grains.GetGrain<IWebinarSessionGrain>(DemoWebinar.ToString()).Refresh();
        }
    }

    /// <summary>webinar.json: the drop-in webinar the demo starts with.</summary>
    private sealed record DemoWebinarFile(Guid Id, LocalizedText Title, LocalizedText Description, int Capacity, bool OpenToAll, IReadOnlyList<Guid> Slides);
}
