using System.ComponentModel.DataAnnotations;

namespace Soteliiderit.Academy.Web.Features.Mail;

/// <summary>The "Academy:Mail" settings: the SMTP server the academy hands its mail to. Without a host, no mail is sent.</summary>
public sealed class MailOptions
{
    public const string Section = "Academy:Mail";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>TLS from the start on port 465, STARTTLS elsewhere; false only for a server on the same machine or network.</summary>
    public bool UseTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, such as "Soteliiderit Akatemia &lt;akatemia@example.fi&gt;".</summary>
    public string? From { get; set; }

    /// <summary>
    /// How long to wait before each new try of a failed send; when they are used up, the mail is shown to HR as not
    /// sent. Empty means 1 min, 10 min, 1 h and 6 h (a default list would have the configured one appended to it).
    /// </summary>
    public IList<TimeSpan> RetryDelays { get; } = [];

    public IReadOnlyList<TimeSpan> Retries => RetryDelays.Count > 0 ? [.. RetryDelays] : DefaultRetries;

    private static readonly TimeSpan[] DefaultRetries = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(6)];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
