using Microsoft.Extensions.Options;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>The address links in e-mails, certificates and set-password links point to.</summary>
public sealed class SiteAddress(IOptions<AcademyOptions> options)
{
    public string For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return options.Value.PublicAddress is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
