using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Web.Features.Mail;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.IntegrationTests.Mail;

/// <summary>The outbox as several nodes share it: only the node holding the lease sends, and each mail goes once.</summary>
public sealed class MailOutboxTests(MailApp app) : IClassFixture<MailApp>
{
    [Fact]
    public async Task Two_nodes_sending_the_same_outbox_at_once_deliver_every_mail_exactly_once()
    {
        var person = await app.AddPersonAsync(name: "Monta Viestiä");
        await app.QueryAsync(db =>
        {
            var outbox = app.Service<MailOutbox>();
            for (var i = 0; i < 30; i++)
            {
                outbox.Add(db, MailKind.PasswordReset, person.Id);
            }

            return db.SaveChangesAsync();
        });
        // A second node: the same database and settings, a lease holder of its own.
        using var otherNode = new MailDelivery(
            app.Service<IServiceScopeFactory>(),
            new WorkLeases(app.Service<IDbContextFactory<AcademyDbContext>>(), TimeProvider.System),
            app.Service<IOptions<MailOptions>>(),
            TimeProvider.System,
            app.Service<ILogger<MailDelivery>>());

        var sent = await Task.WhenAll(app.SendMailAsync(), otherNode.SendDueAsync(), app.SendMailAsync(), otherNode.SendDueAsync());

        Assert.Equal(30, (await app.Mailbox.ToAsync(person.Email!)).Count);
        Assert.True(sent.Sum() <= 30, string.Join(", ", sent));
        Assert.Equal(30, await app.QueryAsync(db => db.OutgoingMails.CountAsync(m => m.UserId == person.Id && m.Status == MailStatus.Sent)));
        Assert.True(sent[1] == 0 && sent[3] == 0 || sent[0] == 0 && sent[2] == 0, $"Both nodes sent: {string.Join(", ", sent)}");
    }
}
