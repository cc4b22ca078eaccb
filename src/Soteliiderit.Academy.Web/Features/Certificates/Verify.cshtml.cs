using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Certificates;

/// <summary>Anyone, signed in or not, can check a certificate by its code; lookups are rate-limited per client.</summary>
[AllowAnonymous]
[EnableRateLimiting(ApiSetup.CertificateLookups)]
public sealed class VerifyModel(CertificateLookup certificates) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public bool Searched { get; private set; }

    public CertificateView? Certificate { get; private set; }

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return;
        }

        Searched = true;
        Certificate = await certificates.ByCodeAsync(Code);
    }
}
