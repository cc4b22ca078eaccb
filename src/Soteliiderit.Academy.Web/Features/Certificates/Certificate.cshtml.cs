using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Certificates;

/// <summary>The learner's own printable certificate, in the language they are using.</summary>
public sealed class CertificateModel(CertificateLookup certificates, SiteAddress site) : PageModel
{
    public CertificateView Certificate { get; private set; } = null!;

    public string VerifyUrl { get; private set; } = "";

    [BindProperty(SupportsGet = true, Name = "completed")]
    public bool JustCompleted { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid certificateId)
    {
        if (await certificates.OwnAsync(certificateId, User.UserId()) is not { } certificate)
        {
            return NotFound();
        }

        Certificate = certificate;
        VerifyUrl = $"{site.For(Request)}/verify/{certificate.FormattedCode}";
        return Page();
    }
}
