using Microsoft.AspNetCore.Http.HttpResults;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Mail;

namespace Soteliiderit.Academy.Web.Features.Assignments;

public static class AssignmentsApi
{
    public static IServiceCollection AddAssignments(this IServiceCollection services)
    {
        services.AddScoped<HrAssignments>();
        services.AddScoped<AssignmentProgress>();
        services.AddScoped<AssignmentNewcomers>();
        services.AddScoped<HrReminders>();
        return services;
    }

    public static IEndpointRouteBuilder MapAssignmentsApi(this IEndpointRouteBuilder app)
    {
        var hr = app.MapGroup("/api/hr/assignments").WithTags("Assignments").RequireAuthorization(Policies.Hr);
        hr.MapGet("", ListAsync).WithSummary("The organization's open assignments, soonest due first, each with how many were given it, are on their way, are done and are overdue.");
        hr.MapPost("", AssignAsync).WithSummary("Assign a course or a webinar, by a day, to one supervisor, a list of e-mail addresses, a unit (with or without its sub-units) or everyone; a webinar also registers them.");
        hr.MapGet("/{id:guid}", DetailsAsync).WithSummary("One assignment with everyone it reached and where each stands.");
        hr.MapGet("/{id:guid}/mail", MailAsync).WithSummary("How far its mail has gone: sent, waiting (or waiting for another try) and not sent, and each person's.");
        hr.MapPost("/{id:guid}/reminders", RemindAsync).WithSummary("Remind one overdue supervisor (userId) or everyone overdue (no userId) by mail and a dashboard notice; nobody twice within Academy:Hr:ReminderIntervalDays.");
        hr.MapPut("/{id:guid}/due-date", SetDueDateAsync).WithSummary("Give the assignment a new last day (today or later).");
        hr.MapDelete("/{id:guid}", WithdrawAsync).WithSummary("Withdraw the assignment from everyone; their studies and webinar seats stay theirs.");

        app.MapGet("/api/assignments/mine", MineAsync).WithTags("Assignments").RequireAuthorization()
            .WithSummary("The caller's own open assignments, those still to do first, with due days, whether they are overdue and HR's latest reminder.");
        app.MapDelete("/api/assignments/reminders/{id:guid}", DismissReminderAsync).WithTags("Assignments").RequireAuthorization()
            .WithSummary("Dismiss a reminder from the caller's own dashboard.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<AssignmentSummary>>> ListAsync(HttpContext http, AssignmentProgress progress) =>
        TypedResults.Ok(await progress.SummariesAsync(http.User));

    private static async Task<Created<AssignmentOutcome>> AssignAsync(AssignmentInput input, HttpContext http, HrAssignments assignments)
    {
        var outcome = await assignments.AssignAsync(http.User, input);
        return TypedResults.Created($"/api/hr/assignments/{outcome.Assignment.Id}", outcome);
    }

    private static async Task<Results<Ok<AssignmentDetails>, NotFound>> DetailsAsync(Guid id, HttpContext http, AssignmentProgress progress) =>
        await progress.DetailsAsync(http.User, id) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    private static async Task<Results<Ok<MailReport>, NotFound>> MailAsync(Guid id, HttpContext http, AssignmentProgress progress, MailProgress mail) =>
        (await progress.SummariesAsync(http.User, a => a.Id == id)).Count == 1
            ? TypedResults.Ok(await mail.OfAsync(id, MailKind.AssignmentGiven))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ReminderOutcome>, NotFound>> RemindAsync(Guid id, ReminderInput input, HttpContext http, HrReminders reminders) =>
        await reminders.RemindAsync(http.User, id, input) is { } outcome ? TypedResults.Ok(outcome) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DismissReminderAsync(Guid id, HttpContext http, HrReminders reminders) =>
        await reminders.DismissAsync(http.User.UserId(), id) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<AssignmentSummary>, NotFound>> SetDueDateAsync(Guid id, DueDateInput input, HttpContext http, HrAssignments assignments) =>
        await assignments.SetDueDateAsync(http.User, id, input) is { } summary ? TypedResults.Ok(summary) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> WithdrawAsync(Guid id, HttpContext http, HrAssignments assignments) =>
        await assignments.WithdrawAsync(http.User, id) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<MyAssignment>>> MineAsync(HttpContext http, AssignmentProgress progress) =>
        TypedResults.Ok(await progress.MineAsync(http.User.UserId()));
}
