using Soteliiderit.Academy.Web.Features.Mail;

namespace Soteliiderit.Academy.IntegrationTests.Mail;

/// <summary>The academy with mail on, sending to the test command's SMTP server from an address of its own.</summary>
public class MailApp : AcademyApp
{
    public MailApp()
    {
        var smtp = Mailbox.Smtp.Split(':');
        Settings["Academy:Mail:Host"] = smtp[0];
        Settings["Academy:Mail:Port"] = smtp[1];
        Settings["Academy:Mail:UseTls"] = "false";
        Settings["Academy:Mail:From"] = $"Soteliiderit-akatemia <{Sender}>";
        Mailbox = new Mailbox(Sender);
    }

    public string Sender { get; } = $"akatemia.{Guid.NewGuid():N}@academy.test";

    public Mailbox Mailbox { get; }

    /// <summary>Sends what is due now and returns when it has gone, as the node's sender would within seconds.</summary>
    public Task<int> SendMailAsync() => Service<MailDelivery>().SendDueAsync();
}

/// <summary>The academy with mail on and its SMTP server down: each try fails at once, and the tries follow one another without waiting.</summary>
public sealed class MailServerDownApp : MailApp
{
    public MailServerDownApp()
    {
        Settings["Academy:Mail:Port"] = LoopbackPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Academy:Mail:RetryDelays:0"] = "00:00:00";
        Settings["Academy:Mail:RetryDelays:1"] = "00:00:00";
    }
}
