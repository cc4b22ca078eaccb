using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Learners;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Bench;

/// <param name="HrEmail">The HR account of the largest organization (the bench password signs it in).</param>
public sealed record HrReportData(string HrEmail, int Rows, TimeSpan Took);

/// <summary>
/// Writes the HR report's volume straight into a running academy's database, as its grains and pages would have
/// left it: organizations with unit trees, supervisors placed in units, the courses, every organization's
/// assignments of the first five courses to everyone, progress in them (more than half completed over the last
/// year, some in progress, some not started) and some other completions, and ended webinars with seats and attendance.
/// </summary>
public static class HrReportSeed
{
    private const int Batch = 20_000;
    private const int Webinars = 12;

    public static async Task<HrReportData> SeedAsync(IReadOnlyDictionary<string, string> storage, HrReportOptions options, string password)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = DateTime.UtcNow;
        await using var app = BenchServices.Build(storage, password);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AcademyDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var normalizer = services.GetRequiredService<ILookupNormalizer>();
        var hash = services.GetRequiredService<IPasswordHasher<AcademyUser>>().HashPassword(new AcademyUser { DisplayName = "" }, password);
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        var random = new Random(2026);
        var now = DateTime.UtcNow;
        var rows = 0;

        async Task SaveAsync<T>(IEnumerable<T> entities)
            where T : class
        {
            foreach (var chunk in entities.Chunk(Batch))
            {
                db.Set<T>().AddRange(chunk);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                rows += chunk.Length;
            }
        }

        var courses = await CoursesAsync(db, options.Courses, now);
        var assigned = courses.Take(HrReportOptions.AssignedCourses).ToList();
        var admin = await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roles[Roles.Admin])).Select(u => u.Id).FirstAsync();
        var organizations = Enumerable.Range(0, options.Organizations).Select(i => new Organization
        {
            Id = Guid.NewGuid(),
            NameFi = i == 0 ? "Suurin hyvinvointialue" : $"Vertailukunta {i:000}",
            NameSv = i == 0 ? "Största välfärdsområdet" : $"Jämförelsekommun {i:000}",
            Kind = i == 0 ? OrganizationKind.WellbeingServicesCounty : OrganizationKind.Municipality,
            CreatedAt = now,
        }).ToList();
        await SaveAsync(organizations);

        var units = new List<OrganizationUnit>();
        var leaves = organizations.ToDictionary(o => o.Id, o => Tree(o.Id, o == organizations[0] ? [5, 4, 5] : [1, 2], units, now));
        await SaveAsync(units);

        var people = new List<AcademyUser>();
        var rest = options.Supervisors - options.Largest;
        for (var o = 0; o < organizations.Count; o++)
        {
            var organization = organizations[o];
            var size = o == 0 ? options.Largest : (rest / (organizations.Count - 1)) + (o <= rest % (organizations.Count - 1) ? 1 : 0);
            var within = leaves[organization.Id];
            for (var i = 0; i < size; i++)
            {
                people.Add(BenchServices.Account(normalizer, $"esihenkilo{o:000}.{i}@academy.test", $"Esihenkilö {o:000}-{i:00000}", organization.Id, hash, now, within[i % within.Count]));
            }
        }

        var hr = BenchServices.Account(normalizer, "hr.suurin@academy.test", "Suurimman HR", organizations[0].Id, hash, now);
        await SaveAsync(people.Append(hr));
        await SaveAsync(people.Select(p => new IdentityUserRole<Guid> { UserId = p.Id, RoleId = roles[Roles.Supervisor] })
            .Append(new IdentityUserRole<Guid> { UserId = hr.Id, RoleId = roles[Roles.Hr] }));

        var assignments = organizations.SelectMany(o => assigned.Select((c, k) => new Assignment
        {
            Id = Guid.NewGuid(),
            OrganizationId = o.Id,
            CourseId = c.Id,
            Audience = SupervisorAudience.Everyone,
            // Two of the five were due already, so some people are overdue.
            DueOn = DateOnly.FromDateTime(now).AddDays(k < 2 ? -30 : 60),
            AssignedBy = admin,
            AssignedAt = now.AddDays(-200),
        })).ToList();
        await SaveAsync(assignments);
        var byOrganization = assignments.ToLookup(a => a.OrganizationId);
        await SaveAsync(people.SelectMany(p => byOrganization[p.OrganizationId!.Value].Select(a => new AssignedPerson { AssignmentId = a.Id, UserId = p.Id, AddedAt = a.AssignedAt })));

        await SaveAsync(people.Select(p => new Learner { UserId = p.Id }));
        await SaveAsync(people.SelectMany(p => Enrollments(p, assigned, courses, random, now)));

        var webinars = Enumerable.Range(1, Webinars).Select(i => new Webinar
        {
            Id = Guid.NewGuid(),
            Status = WebinarStatus.Ended,
            TitleFi = $"Vertailuwebinaari {i}",
            StartsAt = now.AddDays(-30 * i),
            DurationMinutes = 60,
            Capacity = options.Supervisors,
            OpenToAll = true,
            CreatedBy = admin,
            CreatedAt = now.AddDays((-30 * i) - 14),
            EndedAt = now.AddDays(-30 * i).AddHours(1),
        }).ToList();
        await SaveAsync(webinars);
        var seats = people.Where(_ => random.NextDouble() < 0.5).Select(p => (Person: p, Webinar: webinars[random.Next(webinars.Count)])).ToList();
        await SaveAsync(seats.Select(s => new WebinarRegistration { WebinarId = s.Webinar.Id, UserId = s.Person.Id, State = RegistrationState.Registered, RegisteredAt = s.Webinar.CreatedAt }));
        await SaveAsync(seats.Where(_ => random.NextDouble() < 0.7).Select(s => new WebinarAttendance
        {
            WebinarId = s.Webinar.Id,
            UserId = s.Person.Id,
            JoinedAt = s.Webinar.StartsAt,
            SeenAt = s.Webinar.StartsAt.AddMinutes(random.Next(10, 60)),
            LeftAt = s.Webinar.StartsAt.AddMinutes(random.Next(10, 60)),
        }));
        // As after any bulk load: PostgreSQL plans by table statistics, and autovacuum gathers them only later; the
        // first dashboard on tables it has not analyzed yet ran past the 30-second command timeout.
        if (db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        return new HrReportData(hr.Email!, rows, DateTime.UtcNow - started);
    }

    /// <summary>The demo's published courses and as many more as asked for, published with the first one's outline.</summary>
    private static async Task<List<Course>> CoursesAsync(AcademyDbContext db, int count, DateTime now)
    {
        var published = await db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt).ToListAsync();
        var first = published[0];
        var outline = await db.CourseVersions.AsNoTracking().Where(v => v.CourseId == first.Id && v.Number == first.PublishedVersion).SingleAsync();
        var more = Enumerable.Range(published.Count + 1, Math.Max(0, count - published.Count)).Select(i => new Course
        {
            Id = Guid.NewGuid(),
            Status = CourseStatus.Published,
            DraftJson = first.DraftJson,
            PublishedVersion = 1,
            Themes = first.Themes,
            Languages = first.Languages,
            TitleFi = $"Vertailukurssi {i}",
            TitleSv = $"Jämförelsekurs {i}",
            TitleEn = $"Comparison course {i}",
            CreatedBy = first.CreatedBy,
            CreatedAt = now.AddMinutes(i),
            UpdatedAt = now.AddMinutes(i),
        }).ToList();
        db.Courses.AddRange(more);
        db.CourseVersions.AddRange(more.Select(c => new CourseVersion { CourseId = c.Id, Number = 1, OutlineJson = outline.OutlineJson, PublishedAt = c.CreatedAt, PublishedBy = c.CreatedBy }));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return [.. published.Concat(more)];
    }

    /// <summary>A unit tree with the given number of children on each level; gives its leaves, where the people are.</summary>
    private static List<Guid> Tree(Guid organization, int[] widths, List<OrganizationUnit> units, DateTime now)
    {
        List<Guid?> level = [null];
        for (var depth = 0; depth < widths.Length; depth++)
        {
            var next = new List<Guid?>();
            foreach (var parent in level)
            {
                for (var i = 1; i <= widths[depth]; i++)
                {
                    var name = $"{(depth == 0 ? "Toimiala" : depth == widths.Length - 1 ? "Yksikkö" : "Tulosalue")} {units.Count + 1}";
                    var unit = new OrganizationUnit { Id = Guid.NewGuid(), OrganizationId = organization, ParentId = parent, NameFi = name, NameSv = name, CreatedAt = now };
                    units.Add(unit);
                    next.Add(unit.Id);
                }
            }

            level = next;
        }

        return [.. level.Select(l => l!.Value)];
    }

    /// <summary>One person's progress: each assigned course completed (55 %), in progress (25 %) or not started, and now and then another course completed.</summary>
    private static IEnumerable<Enrollment> Enrollments(AcademyUser person, List<Course> assigned, List<Course> courses, Random random, DateTime now)
    {
        foreach (var course in assigned)
        {
            var roll = random.NextDouble();
            if (roll < 0.8)
            {
                var enrolled = now.AddDays(-random.Next(30, 365));
                yield return Enrollment(person, course, enrolled, roll < 0.55 ? enrolled.AddDays(random.Next(1, 29)) : null);
            }
        }

        if (random.NextDouble() < 0.2 && courses.Count > assigned.Count)
        {
            var enrolled = now.AddDays(-random.Next(30, 365));
            yield return Enrollment(person, courses[random.Next(assigned.Count, courses.Count)], enrolled, enrolled.AddDays(7));
        }
    }

    private static Enrollment Enrollment(AcademyUser person, Course course, DateTime enrolledAt, DateTime? completedAt) =>
        new() { Id = Guid.NewGuid(), LearnerId = person.Id, CourseId = course.Id, CourseVersion = course.PublishedVersion, EnrolledAt = enrolledAt, CompletedAt = completedAt };
}
