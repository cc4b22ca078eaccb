using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>Who may open a page, read from the endpoint's own authorization metadata.</summary>
public enum PageAccess
{
    Anonymous,
    SignedIn,
    Authoring,
    Hr,
    Admin,
}

public sealed record PageRoute(string Template, PageAccess Access)
{
    public IReadOnlyList<string> Parameters =>
        [.. System.Text.RegularExpressions.Regex.Matches(Template, @"\{(\w+)").Select(m => m.Groups[1].Value)];

    /// <summary>Every Razor page the app routes to, from its endpoint data source: a new page is audited without anyone listing it.</summary>
    public static IReadOnlyList<PageRoute> From(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => new PageRoute("/" + e.RoutePattern.RawText!.TrimStart('/'), AccessOf(e)))
            .DistinctBy(r => r.Template)
            .OrderBy(r => r.Template, StringComparer.Ordinal)];
    }

    private static PageAccess AccessOf(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return PageAccess.Anonymous;
        }

        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToHashSet();
        return policies.Contains(Policies.Admin) ? PageAccess.Admin
            : policies.Contains(Policies.Hr) || policies.Contains(Policies.Units) ? PageAccess.Hr
            : policies.Contains(Policies.Authoring) ? PageAccess.Authoring
            : PageAccess.SignedIn;
    }
}
