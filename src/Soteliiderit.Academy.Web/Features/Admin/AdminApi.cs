using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed record CreatedPerson(Guid Id, string Email, string SetPasswordLink);

public sealed record SetPasswordLinkResponse(string SetPasswordLink);

public sealed record ImportLineProblem(int Line, string Field, string Message);

public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(Policies.Admin);
        admin.MapGet("/organizations", async (OrganizationDirectory organizations) => TypedResults.Ok(await organizations.ListAsync()))
            .WithSummary("Every employer organization with its number of people.");
        admin.MapPost("/organizations", async (NewOrganization request, OrganizationDirectory organizations) =>
            {
                var organization = await organizations.CreateAsync(request);
                return TypedResults.Created($"/api/admin/organizations/{organization.Id}", new OrganizationSummary(organization.Id, organization.NameFi, organization.NameSv, organization.Kind, 0));
            })
            .WithSummary("Add an employer organization (Finnish name required, Swedish name defaults to it).");
        admin.MapGet("/users", async (Guid? organizationId, string? role, PeopleDirectory people) => TypedResults.Ok(await people.ListAsync(organizationId, role)))
            .WithSummary("People, optionally by organization and role.");
        admin.MapPost("/users", CreateAsync)
            .WithSummary("Add a person; answers with the one-time set-password link to pass on.");
        admin.MapPost("/users/{userId:guid}/set-password-link", LinkAsync)
            .WithSummary("A new one-time set-password link (also for a forgotten password).");
        admin.MapPost("/users/{userId:guid}/deactivation", (Guid userId, UserManager<AcademyUser> users, UserAccounts accounts) => SetActiveAsync(userId, false, users, accounts))
            .WithSummary("Someone left: they can no longer sign in; their history stays.");
        admin.MapDelete("/users/{userId:guid}/lockout", UnlockAsync)
            .WithSummary("Unlock someone locked out by too many failed sign-ins.");
        admin.MapDelete("/users/{userId:guid}/deactivation", (Guid userId, UserManager<AcademyUser> users, UserAccounts accounts) => SetActiveAsync(userId, true, users, accounts))
            .WithSummary("Let a deactivated person in again.");
        admin.MapPost("/organizations/{organizationId:guid}/supervisors/import", ImportAsync)
            .DisableAntiforgery()
            .WithSummary("Import an organization's supervisors from a CSV file (columns email, name, optional language); all or nothing.");
        return app;
    }

    private static async Task<Created<CreatedPerson>> CreateAsync(NewAccount request, UserAccounts accounts, HttpRequest http)
    {
        var user = await accounts.CreateAsync(request);
        return TypedResults.Created($"/api/admin/users/{user.Id}", new CreatedPerson(user.Id, user.Email!, await accounts.SetPasswordLinkAsync(user, http)));
    }

    private static async Task<Results<Ok<SetPasswordLinkResponse>, NotFound>> LinkAsync(Guid userId, UserManager<AcademyUser> users, UserAccounts accounts, HttpRequest http) =>
        await users.FindByIdAsync(userId.ToString()) is { } user
            ? TypedResults.Ok(new SetPasswordLinkResponse(await accounts.ReplacementSetPasswordLinkAsync(user, http)))
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> UnlockAsync(Guid userId, UserManager<AcademyUser> users, UserAccounts accounts)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return TypedResults.NotFound();
        }

        await accounts.UnlockAsync(user);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> SetActiveAsync(Guid userId, bool active, UserManager<AcademyUser> users, UserAccounts accounts)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return TypedResults.NotFound();
        }

        await accounts.SetActiveAsync(user, active);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<IReadOnlyList<ImportedPerson>>, NotFound, ValidationProblem>> ImportAsync(
        Guid organizationId, IFormFile file, SupervisorImport import, AcademyDbContext db, ErrorMessages messages, HttpRequest http)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId))
        {
            return TypedResults.NotFound();
        }

        if (file.Length is 0 or > SupervisorImport.MaxBytes)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [ApiSetup.Localized(http.HttpContext, "Validation.Required")] });
        }

        try
        {
            await using var stream = file.OpenReadStream();
            return TypedResults.Ok(await import.ImportAsync(organizationId, stream, http));
        }
        catch (ImportRejectedException rejected)
        {
            using var _ = RequestCultureScope.Enter(http.HttpContext);
            return TypedResults.ValidationProblem(
                rejected.Errors
                    .GroupBy(e => $"line {e.Line}")
                    .ToDictionary(g => g.Key, g => g.Select(e => $"{e.Column ?? e.Field}: {messages.Describe(new Grains.FieldError(e.Field, e.Code, e.Arguments))}").ToArray()),
                detail: ApiSetup.Localized(http.HttpContext, "Admin.ImportRejected"));
        }
    }
}
