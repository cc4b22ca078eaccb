using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Soteliiderit.Academy.Web.Features.Units;

public static class UnitsApi
{
    public static IServiceCollection AddUnits(this IServiceCollection services)
    {
        services.AddScoped<UnitDirectory>();
        services.AddAuthorizationBuilder().AddPolicy(Policies.Units, policy => policy.RequireRole(Roles.Admin, Roles.Hr));
        return services;
    }

    /// <summary>
    /// An organization's units, for admins and that organization's HR. Another organization's units answer 404, as if
    /// they did not exist.
    /// </summary>
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/organizations/{organizationId:guid}/units").WithTags("Units").RequireAuthorization();
        units.MapGet("", ListAsync).WithSummary("The organization's units, each with its path from the top and its number of people.");
        units.MapPost("", CreateAsync).WithSummary("Add a unit, at the top or under another unit (Finnish name required, Swedish name defaults to it).");
        units.MapPut("/{unitId:guid}", ChangeAsync).WithSummary("Rename a unit or move it, with its sub-units, under another (never under itself or its own sub-units).");

        // The cookie-signed-in person form reloads its unit list when the organization changes.
        app.MapGet("/organizations/{organizationId:guid}/units.json", ListAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<UnitView>>, NotFound>> ListAsync(Guid organizationId, HttpContext http, UnitDirectory units) =>
        await units.ManagesAsync(http.User, organizationId) ? TypedResults.Ok(await units.ListAsync(organizationId)) : TypedResults.NotFound();

    private static async Task<Results<Created<UnitView>, NotFound>> CreateAsync(Guid organizationId, UnitInput input, HttpContext http, UnitDirectory units)
    {
        if (!await units.ManagesAsync(http.User, organizationId))
        {
            return TypedResults.NotFound();
        }

        var unit = await units.CreateAsync(organizationId, input);
        return TypedResults.Created($"/api/organizations/{organizationId}/units/{unit.Id}", unit);
    }

    private static async Task<Results<Ok<UnitView>, NotFound>> ChangeAsync(Guid organizationId, Guid unitId, UnitInput input, HttpContext http, UnitDirectory units) =>
        await units.ManagesAsync(http.User, organizationId) && await units.ChangeAsync(organizationId, unitId, input) is { } unit
            ? TypedResults.Ok(unit)
            : TypedResults.NotFound();
}
