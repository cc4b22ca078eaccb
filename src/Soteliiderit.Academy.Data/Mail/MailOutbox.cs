namespace Soteliiderit.Academy.Data.Mail;

/// <summary>
/// Where grains and pages put the mail they owe: rows added to the caller's own unit of work, saved with it.
/// Without mail settings nothing is queued (people still see the same news on their dashboard), so turning mail
/// on later does not send a backlog of old news.
/// </summary>
public sealed class MailOutbox(bool isOn, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _added = new(0, 1);

    public bool IsOn { get; } = isOn;

    public void Add(AcademyDbContext db, MailKind kind, Guid userId, Guid? aboutId = null) => Add(db, kind, [userId], aboutId);

    public void Add(AcademyDbContext db, MailKind kind, IEnumerable<Guid> userIds, Guid? aboutId)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(userIds);
        if (!IsOn)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.OutgoingMails.AddRange(userIds.Select(userId => new OutgoingMail
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Status = MailStatus.Queued,
            UserId = userId,
            AboutId = aboutId,
            QueuedAt = now,
            NextAttemptAt = now,
        }));
        if (_added.CurrentCount == 0)
        {
            try
            {
                _added.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another caller woke the sender a moment ago; once is enough.
            }
        }
    }

    /// <summary>Returns when mail was queued on this node, or after <paramref name="longest"/> (another node may have queued some).</summary>
    public Task<bool> WaitForMoreAsync(TimeSpan longest, CancellationToken cancellationToken) => _added.WaitAsync(longest, cancellationToken);

    public void Dispose() => _added.Dispose();
}
