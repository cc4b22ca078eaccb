using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Grains.Webinars;

public sealed class WebinarGrain(IDbContextFactory<AcademyDbContext> databases, MailOutbox mail, TimeProvider time) : StateGrain(databases), IWebinarGrain
{
    public const int MaxCapacity = 10_000;
    public const int MaxDurationMinutes = 8 * 60;
    public const int MaxLobbyMinutes = 120;
    public const int MaxSlides = 200;
    public const int MaxCoFacilitators = 20;

    private Guid Id => Guid.Parse(this.GetPrimaryKeyString());

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task Schedule(Participant who, WebinarPlan plan)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(plan);
        plan = plan with { StartsAt = WebinarPlanRules.ToTheMinute(plan.StartsAt) };
        await using var db = await Databases.CreateDbContextAsync();
        var webinar = await db.Webinars.SingleOrDefaultAsync(w => w.Id == Id);
        if (webinar is not null)
        {
            await RequireCreatorAsync(db, who);
            RequireOpen(webinar);
        }

        // A new webinar, or a new time, must lie ahead; other changes may be made to one already under way.
        var moved = webinar is not null && WebinarPlanRules.ToTheMinute(webinar.StartsAt) != plan.StartsAt;
        await ValidateAsync(db, plan, mustStartLater: webinar is null || moved);
        if (webinar is null)
        {
            webinar = new Webinar { Id = Id, Status = WebinarStatus.Scheduled, CreatedBy = who.UserId, CreatedAt = Now };
            db.Webinars.Add(webinar);
        }
        else if (moved || webinar.DurationMinutes != plan.DurationMinutes)
        {
            webinar.CalendarSequence++;
            await db.WebinarRegistrations.Where(r => r.WebinarId == Id)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.Notice, RegistrationNotice.Moved));
            await MailEveryoneRegisteredAsync(db, MailKind.WebinarMoved);
        }

        Apply(webinar, plan);
        db.WebinarHosts.RemoveRange(await db.WebinarHosts.Where(h => h.WebinarId == Id).ToListAsync());
        db.WebinarHosts.AddRange(plan.CoFacilitators.Distinct().Where(id => id != webinar.CreatedBy).Select(id => new WebinarHost { WebinarId = Id, UserId = id }));
        await SaveRootAsync(db, webinar);
        await GiveFreeSeatsAsync(db, webinar);
        await Room.Refresh();
    }

    public async Task Cancel(Participant who)
    {
        await using var db = await Databases.CreateDbContextAsync();
        var webinar = await RequireWebinarAsync(db);
        await RequireCreatorAsync(db, who);
        RequireOpen(webinar);
        webinar.Status = WebinarStatus.Cancelled;
        webinar.CancelledAt = Now;
        webinar.CalendarSequence++;
        await MailEveryoneRegisteredAsync(db, MailKind.WebinarCancelled);
        await SaveRootAsync(db, webinar);
        await db.WebinarRegistrations.Where(r => r.WebinarId == Id)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Notice, RegistrationNotice.Cancelled));
        await Room.Refresh();
    }

    public async Task SetRecording(Participant who, string? url)
    {
        await using var db = await Databases.CreateDbContextAsync();
        var webinar = await RequireWebinarAsync(db);
        await RequireCreatorAsync(db, who);
        var clean = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        if (clean is not null && !CourseContentValidator.IsWebUrl(clean))
        {
            throw RuleViolationException.InvalidFields([new FieldError("RecordingUrl", "WebAddress")]);
        }

        webinar.RecordingUrl = clean;
        await SaveRootAsync(db, webinar);
    }

    public async Task Ended(DateTime endedAt)
    {
        // One conditional statement, so it may run beside a plan change that is waiting on the room (see the
        // interface): that change's save then meets the raised ETag and is refused rather than undoing the end.
        await using var db = await Databases.CreateDbContextAsync();
        await db.Webinars.Where(w => w.Id == Id && w.Status == WebinarStatus.Scheduled).ExecuteUpdateAsync(w => w
            .SetProperty(x => x.Status, WebinarStatus.Ended)
            .SetProperty(x => x.EndedAt, endedAt)
            .SetProperty(x => x.ETag, x => x.ETag + 1));
    }

    public async Task<RegistrationView> Register(Guid userId)
    {
        await using var db = await Databases.CreateDbContextAsync();
        var webinar = await RequireWebinarAsync(db);
        RequireOpen(webinar);
        var existing = await db.WebinarRegistrations.SingleOrDefaultAsync(r => r.WebinarId == Id && r.UserId == userId);
        if (existing is null)
        {
            var taken = await db.WebinarRegistrations.CountAsync(r => r.WebinarId == Id && r.State == RegistrationState.Registered);
            existing = new WebinarRegistration
            {
                WebinarId = Id,
                UserId = userId,
                State = taken < webinar.Capacity ? RegistrationState.Registered : RegistrationState.Waiting,
                RegisteredAt = Now,
            };
            db.WebinarRegistrations.Add(existing);
            mail.Add(db, MailKind.WebinarRegistered, userId, Id);
            await db.SaveChangesAsync();
        }

        return await ViewAsync(db, existing);
    }

    public async Task RegisterAll(IReadOnlyList<Guid> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        await using var db = await Databases.CreateDbContextAsync();
        var webinar = await RequireWebinarAsync(db);
        RequireOpen(webinar);
        var already = (await db.WebinarRegistrations.Where(r => r.WebinarId == Id).Select(r => r.UserId).ToListAsync()).ToHashSet();
        var taken = await db.WebinarRegistrations.CountAsync(r => r.WebinarId == Id && r.State == RegistrationState.Registered);
        var added = userIds.Distinct().Where(already.Add).ToList();
        var now = Now;
        db.WebinarRegistrations.AddRange(added.Select((userId, index) => new WebinarRegistration
        {
            WebinarId = Id,
            UserId = userId,
            State = taken + index < webinar.Capacity ? RegistrationState.Registered : RegistrationState.Waiting,
            // A microsecond apart, so the waiting list keeps the order given on every database.
            RegisteredAt = now.AddTicks(index * 10L),
        }));
        mail.Add(db, MailKind.WebinarRegistered, added, Id);
        await db.SaveChangesAsync();
    }

    public async Task CancelRegistration(Guid userId)
    {
        await using var db = await Databases.CreateDbContextAsync();
        var webinar = await RequireWebinarAsync(db);
        RequireOpen(webinar);
        var existing = await db.WebinarRegistrations.SingleOrDefaultAsync(r => r.WebinarId == Id && r.UserId == userId)
            ?? throw RuleViolationException.NotFound("NotRegistered");
        db.WebinarRegistrations.Remove(existing);
        await db.SaveChangesAsync();
        await GiveFreeSeatsAsync(db, webinar);
    }

    public async Task DismissNotice(Guid userId)
    {
        await using var db = await Databases.CreateDbContextAsync();
        await db.WebinarRegistrations.Where(r => r.WebinarId == Id && r.UserId == userId)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Notice, (RegistrationNotice?)null));
    }

    private IWebinarSessionGrain Room => GrainFactory.GetGrain<IWebinarSessionGrain>(this.GetPrimaryKeyString());

    /// <summary>Seats that came free (a cancellation, more capacity) go to the waiting list in the order people joined it.</summary>
    private async Task GiveFreeSeatsAsync(AcademyDbContext db, Webinar webinar)
    {
        var taken = await db.WebinarRegistrations.CountAsync(r => r.WebinarId == Id && r.State == RegistrationState.Registered);
        var free = webinar.Capacity - taken;
        if (free <= 0)
        {
            return;
        }

        var promoted = await db.WebinarRegistrations.WaitingLine(Id).Take(free).ToListAsync();
        foreach (var registration in promoted)
        {
            registration.State = RegistrationState.Registered;
            registration.Notice = RegistrationNotice.SeatGiven;
        }

        mail.Add(db, MailKind.WebinarSeatGiven, promoted.Select(r => r.UserId), Id);

        await db.SaveChangesAsync();
    }

    /// <summary>Everyone with a seat or on the waiting list hears of a new time or a cancellation, saved with the change.</summary>
    private async Task MailEveryoneRegisteredAsync(AcademyDbContext db, MailKind kind)
    {
        if (mail.IsOn)
        {
            mail.Add(db, kind, await db.WebinarRegistrations.Where(r => r.WebinarId == Id).Select(r => r.UserId).ToListAsync(), Id);
        }
    }

    private async Task<RegistrationView> ViewAsync(AcademyDbContext db, WebinarRegistration registration)
    {
        if (registration.State == RegistrationState.Registered)
        {
            return new RegistrationView(RegistrationState.Registered, null);
        }

        return new RegistrationView(RegistrationState.Waiting, await WebinarRoster.PlaceInLineAsync(db, Id, registration.UserId));
    }

    private async Task<Webinar> RequireWebinarAsync(AcademyDbContext db) =>
        await db.Webinars.SingleOrDefaultAsync(w => w.Id == Id) is { Status: not WebinarStatus.Cancelled } webinar
            ? webinar
            : throw RuleViolationException.NotFound("WebinarNotFound");

    private static void RequireOpen(Webinar webinar)
    {
        if (webinar.Status != WebinarStatus.Scheduled)
        {
            throw RuleViolationException.Invalid(webinar.Status == WebinarStatus.Ended ? "WebinarEnded" : "WebinarNotFound");
        }
    }

    private async Task RequireCreatorAsync(AcademyDbContext db, Participant who)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!await WebinarRoster.ManagesAsync(db, Id, who))
        {
            throw RuleViolationException.Forbidden("OnlyCreator");
        }
    }

    /// <summary>Every change of the plan's row raises its ETag, so a second activation's stale write is refused.</summary>
    private Task SaveRootAsync(AcademyDbContext db, Webinar webinar)
    {
        webinar.ETag++;
        return SaveStateAsync(db);
    }

    protected override bool IsKeyedByThisGrain(object entity) => entity is Webinar;

    private async Task ValidateAsync(AcademyDbContext db, WebinarPlan plan, bool mustStartLater)
    {
        var errors = WebinarPlanRules.Check(plan, mustStartLater ? Now : null);
        var slides = plan.Slides.Distinct().ToList();
        if (slides.Count > 0 && await db.Materials.CountAsync(m => slides.Contains(m.Id) && m.Status == MaterialStatus.Published) != slides.Count)
        {
            errors.Add(new FieldError(nameof(WebinarPlan.Slides), "SlideNotPublished"));
        }

        var hosts = plan.CoFacilitators.Distinct().ToList();
        if (hosts.Count > 0 && await db.Users.CountAsync(u => hosts.Contains(u.Id) && u.IsActive) != hosts.Count)
        {
            errors.Add(new FieldError(nameof(WebinarPlan.CoFacilitators), "UnknownPerson"));
        }

        if (plan.CourseId is { } courseId && !await db.Courses.AnyAsync(c => c.Id == courseId))
        {
            errors.Add(new FieldError(nameof(WebinarPlan.CourseId), "Invalid"));
        }

        if (errors.Count > 0)
        {
            throw RuleViolationException.InvalidFields(errors);
        }
    }

    private static void Apply(Webinar webinar, WebinarPlan plan)
    {
        (webinar.TitleFi, webinar.TitleSv, webinar.TitleEn) = (Trimmed(plan.Title.Fi), Trimmed(plan.Title.Sv), Trimmed(plan.Title.En));
        var description = plan.Description ?? LocalizedText.Empty;
        (webinar.DescriptionFi, webinar.DescriptionSv, webinar.DescriptionEn) = (Trimmed(description.Fi), Trimmed(description.Sv), Trimmed(description.En));
        webinar.StartsAt = plan.StartsAt;
        webinar.DurationMinutes = plan.DurationMinutes;
        webinar.LobbyMinutes = plan.LobbyMinutes;
        webinar.Capacity = plan.Capacity;
        webinar.OpenToAll = plan.OpenToAll;
        webinar.QuestionsNeedApproval = plan.QuestionsNeedApproval;
        webinar.CourseId = plan.CourseId;
        webinar.StreamUrl = Trimmed(plan.StreamUrl);
        webinar.Slides = [.. plan.Slides];
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
