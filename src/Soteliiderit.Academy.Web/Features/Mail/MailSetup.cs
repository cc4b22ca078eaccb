using Microsoft.Extensions.Options;
using MimeKit;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Mail;

public static class MailSetup
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !o.IsConfigured || MailboxAddress.TryParse(o.From, out _),
                "Academy:Mail:From must be an address (\"Name <address>\") when Academy:Mail:Host is set.")
            .Validate<IOptions<AcademyOptions>>((o, academy) => !o.IsConfigured || !string.IsNullOrWhiteSpace(academy.Value.PublicAddress),
                "Academy:PublicAddress is required when Academy:Mail:Host is set: links in mail must not come from a request's Host header.")
            .Validate(o => o.RetryDelays.All(delay => delay >= TimeSpan.Zero), "Academy:Mail:RetryDelays must not be negative.")
            .ValidateOnStart();
        services.AddSingleton(provider => new MailOutbox(
            provider.GetRequiredService<IOptions<MailOptions>>().Value.IsConfigured,
            provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<MailComposer>();
        services.AddScoped<MailProgress>();
        services.AddSingleton<MailDelivery>();
        services.AddHostedService<MailOutboxSender>();
        return services;
    }
}
