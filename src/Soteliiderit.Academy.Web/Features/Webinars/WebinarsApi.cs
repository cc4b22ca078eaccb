using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Webinars;

public sealed record RecordingRequest(string? Url);

public sealed record CreatedWebinar(Guid Id);

public static class WebinarsApi
{
    public static IEndpointRouteBuilder MapWebinarsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/webinars").WithTags("Webinars");
        api.MapGet("/", ListAsync)
            .WithSummary("Webinars the caller may see, soonest first (ended=true: past ones, newest first), with their seat or waiting-list place and whether they may join now on /hubs/webinar.");
        api.MapGet("/{id:guid}", FindAsync).WithSummary("One webinar: plan, hosts, slides, stream and recording links.");
        api.MapPost("/", CreateAsync).RequireAuthorization(Policies.Authoring).WithSummary("Schedule a webinar; the caller becomes its facilitator.");
        api.MapPut("/{id:guid}", ChangeAsync).WithSummary("Change a webinar's plan (its hosts and admins); moving it tells the registrants.");
        api.MapPost("/{id:guid}/cancellation", CancelAsync).WithSummary("Cancel a webinar (its hosts and admins); the registrants are told.");
        api.MapPut("/{id:guid}/recording", SetRecordingAsync).WithSummary("Set or clear the recording link shown after the webinar.");
        api.MapPost("/{id:guid}/registration", RegisterAsync).WithSummary("Register: a seat, or a place on the waiting list when full.");
        api.MapDelete("/{id:guid}/registration", UnregisterAsync).WithSummary("Give up a seat (the first on the waiting list gets it) or a waiting-list place.");
        api.MapDelete("/{id:guid}/notice", DismissNoticeAsync).WithSummary("Dismiss the dashboard notice about a moved or cancelled webinar or a seat given.");
        api.MapGet("/{id:guid}/calendar.ics", CalendarAsync).WithSummary("The webinar as an iCalendar file (Europe/Helsinki, stable UID, SEQUENCE bumped on change).");
        api.MapGet("/{id:guid}/registrations", RegistrationsAsync).WithSummary("Who registered: everyone for the hosts, the own organization's people for HR.");
        api.MapGet("/{id:guid}/attendance", AttendanceAsync).WithSummary("Minutes attended and share of the scheduled time per person (hosts: everyone; HR: own organization).");
        api.MapGet("/{id:guid}/attendance.csv", AttendanceCsvAsync).WithSummary("The attendance report as CSV.");
        api.MapGet("/{id:guid}/faq", FaqAsync).WithSummary("After the webinar: the questions that were let through, most upvoted first.");
        api.MapGet("/{id:guid}/transcript", TranscriptAsync).WithSummary("After the webinar: the chat without deleted messages, for hosts and attendees.");

        // Cookie-signed-in pages download the same files; the room reads the webinar's state when a rejoin is refused.
        var pages = app.MapGroup("/webinars").ExcludeFromDescription();
        pages.MapGet("/{id:guid}/details.json", FindAsync);
        pages.MapGet("/{id:guid}/calendar.ics", CalendarAsync);
        pages.MapGet("/{id:guid}/attendance.csv", AttendanceCsvAsync);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<WebinarListing>>> ListAsync(bool? ended, HttpContext context, WebinarDirectory directory) =>
        TypedResults.Ok(await directory.ListAsync(context.User, ended == true));

    private static async Task<Results<Ok<WebinarDetails>, ProblemHttpResult>> FindAsync(Guid id, HttpContext context, WebinarDirectory directory) =>
        await directory.FindAsync(context.User, id) is { } details ? TypedResults.Ok(details) : NotFound(context);

    private static async Task<Created<CreatedWebinar>> CreateAsync(WebinarPlanRequest request, HttpContext context, WebinarPlanning planning)
    {
        var id = Guid.NewGuid();
        await planning.ScheduleAsync(context.User, id, request);
        return TypedResults.Created($"/api/webinars/{id}", new CreatedWebinar(id));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangeAsync(Guid id, WebinarPlanRequest request, HttpContext context, WebinarPlanning planning, AcademyDbContext db)
    {
        if (!await db.Webinars.AnyAsync(w => w.Id == id))
        {
            return NotFound(context);
        }

        await planning.ScheduleAsync(context.User, id, request);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> CancelAsync(Guid id, HttpContext context, IGrainFactory grains)
    {
        await Webinar(grains, id).Cancel(WebinarPlanning.Participant(context.User));
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetRecordingAsync(Guid id, RecordingRequest request, HttpContext context, IGrainFactory grains)
    {
        await Webinar(grains, id).SetRecording(WebinarPlanning.Participant(context.User), request?.Url);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<RegistrationView>> RegisterAsync(Guid id, HttpContext context, IGrainFactory grains) =>
        TypedResults.Ok(await Webinar(grains, id).Register(context.User.UserId()));

    private static async Task<NoContent> UnregisterAsync(Guid id, HttpContext context, IGrainFactory grains)
    {
        await Webinar(grains, id).CancelRegistration(context.User.UserId());
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DismissNoticeAsync(Guid id, HttpContext context, IGrainFactory grains)
    {
        await Webinar(grains, id).DismissNotice(context.User.UserId());
        return TypedResults.NoContent();
    }

    private static async Task<IResult> CalendarAsync(Guid id, HttpContext context, WebinarDirectory directory, SiteAddress site, TimeProvider time)
    {
        if (await directory.FindAsync(context.User, id) is not { } details)
        {
            return NotFound(context);
        }

        var listing = details.Listing;
        var entry = new WebinarCalendar.Entry(
            id,
            listing.Title.For(LocalizationSetup.CurrentLanguage),
            listing.StartsAt,
            listing.DurationMinutes,
            details.CalendarSequence,
            listing.Status == Data.Webinars.WebinarStatus.Cancelled,
            new Uri($"{site.For(context.Request)}/webinars/{id}"),
            time.GetUtcNow().UtcDateTime);
        return TypedResults.File(WebinarCalendar.Create(entry), "text/calendar; charset=utf-8", $"webinar-{id:N}.ics");
    }

    private static async Task<IResult> RegistrationsAsync(Guid id, HttpContext context, WebinarDirectory directory, WebinarReports reports) =>
        await directory.ReportScopeAsync(context.User, id) is { } people
            ? TypedResults.Ok(await reports.RegistrationsAsync(id, people))
            : await NoReportsAsync(id, context, directory);

    private static async Task<IResult> AttendanceAsync(Guid id, HttpContext context, WebinarDirectory directory, WebinarReports reports) =>
        await ReportAsync(id, context, directory, reports) is { } rows ? TypedResults.Ok(rows) : await NoReportsAsync(id, context, directory);

    private static async Task<IResult> AttendanceCsvAsync(Guid id, HttpContext context, WebinarDirectory directory, WebinarReports reports) =>
        await ReportAsync(id, context, directory, reports) is { } rows
            ? TypedResults.File(WebinarReports.ToCsv(rows, name => ApiSetup.Localized(context, $"Webinars.Report.{name}")), "text/csv; charset=utf-8", $"attendance-{id:N}.csv")
            : await NoReportsAsync(id, context, directory);

    /// <summary>A webinar the caller may see but whose reports are not theirs is a 403 that says so; any other, 404.</summary>
    private static async Task<IResult> NoReportsAsync(Guid id, HttpContext context, WebinarDirectory directory) =>
        await directory.FindAsync(context.User, id) is not null
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: ApiSetup.Localized(context, "Errors.ReportsNotYours"))
            : NotFound(context);

    private static async Task<IResult> FaqAsync(Guid id, HttpContext context, WebinarDirectory directory, WebinarAfterwards afterwards) =>
        await directory.FindAsync(context.User, id) is { Listing.Status: Data.Webinars.WebinarStatus.Ended } ? TypedResults.Ok(await afterwards.FaqAsync(context.User, id)) : NotFound(context);

    private static async Task<IResult> TranscriptAsync(Guid id, HttpContext context, WebinarAfterwards afterwards) =>
        await afterwards.TranscriptAsync(context.User, id) is { } lines ? TypedResults.Ok(lines) : NotFound(context);

    private static async Task<IReadOnlyList<AttendanceRow>?> ReportAsync(Guid id, HttpContext context, WebinarDirectory directory, WebinarReports reports) =>
        await directory.ReportScopeAsync(context.User, id) is { } people ? await reports.AttendanceAsync(id, people) : null;

    private static IWebinarGrain Webinar(IGrainFactory grains, Guid id) => grains.GetGrain<IWebinarGrain>(id.ToString());

    private static ProblemHttpResult NotFound(HttpContext context) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: ApiSetup.Localized(context, "Errors.WebinarNotFound"));
}
