using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Mail;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>
/// Someone on the sign-in page forgot their password: the account's address gets the same one-time set-password
/// link an admin hands out, made when the mail is sent. Nothing tells the asker whether the address has an account.
/// </summary>
public sealed class ForgottenPasswords(AcademyDbContext db, UserManager<AcademyUser> users, MailOutbox outbox, TimeProvider time)
{
    /// <summary>At most one link per person in this time, so nobody can flood another's inbox from the sign-in page.</summary>
    public static readonly TimeSpan OncePer = TimeSpan.FromMinutes(5);

    public bool CanMail => outbox.IsOn;

    public async Task RequestLinkAsync(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (!outbox.IsOn || await users.FindByEmailAsync(email.Trim()) is not { IsActive: true } user)
        {
            return;
        }

        var since = time.GetUtcNow().UtcDateTime - OncePer;
        if (await db.OutgoingMails.AnyAsync(m => m.UserId == user.Id && m.Kind == MailKind.PasswordReset && m.QueuedAt > since))
        {
            return;
        }

        outbox.Add(db, MailKind.PasswordReset, user.Id);
        await db.SaveChangesAsync();
    }
}
