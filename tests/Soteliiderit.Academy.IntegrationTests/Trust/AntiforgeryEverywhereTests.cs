using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.IntegrationTests.Trust;

/// <summary>
/// Every form the pages post, found from the app's own page endpoints and their models' OnPost handlers, is sent
/// without its antiforgery token by someone the page lets in: each must be refused, so a page added later without
/// the protection fails here.
/// </summary>
public sealed partial class AntiforgeryEverywhereTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    /// <summary>Pages that take a POST without being a form, and why that is safe.</summary>
    private static readonly Dictionary<string, string> NotForms = new()
    {
        ["/error/{status:int?}"] = "shows the error of a request that failed, a posted one too (the error handler re-executes it); it changes nothing",
    };

    [Fact]
    public async Task Every_form_post_of_every_page_is_refused_without_its_antiforgery_token()
    {
        var forms = PageForms().ToList();
        Assert.True(forms.Count >= 20, $"Only {forms.Count} page forms found: the enumeration is broken.");
        var clients = new Dictionary<string, HttpClient>();
        var accepted = new List<string>();
        try
        {
            foreach (var (url, signedInAs) in forms)
            {
                if (!clients.TryGetValue(signedInAs ?? "", out var client))
                {
                    client = signedInAs is null ? app.Anonymous() : await app.BrowserAs(signedInAs);
                    clients[signedInAs ?? ""] = client;
                }

                using var forged = new FormUrlEncodedContent(new Dictionary<string, string>());
                using var response = await client.PostAsync(url, forged);
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    accepted.Add($"{url} as {signedInAs ?? "anonymous"}: {(int)response.StatusCode}");
                }
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }

        Assert.True(accepted.Count == 0, $"Posted without a token and not refused:{Environment.NewLine}{string.Join(Environment.NewLine, accepted)}");
    }

    /// <summary>Each page's POST handlers as URLs (route values filled in), with someone its authorization admits.</summary>
    private IEnumerable<(string Url, string? SignedInAs)> PageForms()
    {
        var models = typeof(DemoAccounts).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel))).ToList();
        foreach (var endpoint in app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (NotForms.ContainsKey(template))
            {
                continue;
            }

            var model = models.SingleOrDefault(m => ModelOf(page.RelativePath) == m.FullName);
            var route = RouteValue().Replace(template, match => match.Groups[1].Value == "item" ? "course" : Guid.NewGuid().ToString());
            foreach (var handler in Handlers(model))
            {
                yield return (handler.Length == 0 ? route : $"{route}?handler={handler}", Admitted(endpoint));
            }
        }
    }

    /// <summary>The page model a page's file names: Features/Admin/Import.cshtml is Features.Admin.ImportModel.</summary>
    private static string ModelOf(string relativePath)
    {
        var parts = relativePath.TrimStart('/').Replace(".cshtml", "", StringComparison.Ordinal).Split('/');
        return $"Soteliiderit.Academy.Web.{string.Join('.', parts[..^1])}.{parts[^1]}Model";
    }

    private static IEnumerable<string> Handlers(Type? model) =>
        model?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => PostHandler().Match(m.Name))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Distinct() ?? [];

    private static string? Admitted(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return null;
        }

        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToHashSet();
        return policies.Contains(Policies.Admin) ? DemoAccounts.Admin
            : policies.Contains(Policies.Hr) || policies.Contains(Policies.Units) ? DemoAccounts.HrA
            : policies.Contains(Policies.Authoring) ? DemoAccounts.Facilitator
            : DemoAccounts.SupervisorA(4);
    }

    [GeneratedRegex(@"\{(\w+)[^}]*\}")]
    private static partial Regex RouteValue();

    [GeneratedRegex(@"^OnPost(\w*?)(Async)?$")]
    private static partial Regex PostHandler();
}
