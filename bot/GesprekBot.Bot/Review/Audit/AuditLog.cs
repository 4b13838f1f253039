using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Storage.Audit;

namespace GesprekBot.Bot.Review.Audit;

/// <summary>
/// The audit log per organisation, a row per entry in <c>audit_log</c> (see <see cref="AuditRepository"/>),
/// append-only through this class, readable by the organisation's admins. Entries are written before
/// the data is shown or sent, so a view that cannot be logged does not happen. Erasing an intake
/// leaves its entries: they prove who saw it.
/// </summary>
public sealed class AuditLog(AuditRepository repository, TimeProvider time)
{
    private const int ReadAllPage = 1000;

    public Task WriteAsync(ReviewUser user, AuditAction action, string? intakeId, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entry = new StoredAuditEntry(0, time.GetUtcNow(), user.Id, user.Name, action.ToString(), intakeId, detail);
        return repository.AppendAsync(user.Organisation, entry, cancellationToken);
    }

    /// <summary>The whole log of the organisation, newest first. Pages should use the bounded overload.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string organisation, CancellationToken cancellationToken)
    {
        var all = new List<AuditEntry>();
        AuditCursor? before = null;
        while (true)
        {
            var page = await ReadAsync(organisation, ReadAllPage, before, cancellationToken);
            all.AddRange(page);
            if (page.Count < ReadAllPage)
            {
                return all;
            }

            before = AuditCursor.After(page[^1]);
        }
    }

    /// <summary>At most <paramref name="limit"/> entries, newest first; with <paramref name="before"/> only those older than the entry it was taken from.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string organisation, int limit, AuditCursor? before, CancellationToken cancellationToken)
    {
        var cursor = before is null ? null : new AuditPosition(before.At, before.Sequence);
        return [.. (await repository.ReadAsync(organisation, limit, cursor, cancellationToken)).Select(ToEntry)];
    }

    // Stored by name, not number: reordering the enum must not rewrite history.
    private static AuditEntry ToEntry(StoredAuditEntry stored) =>
        new(stored.At, stored.UserId, stored.UserName, Enum.Parse<AuditAction>(stored.Action), stored.IntakeId, stored.Detail)
        {
            Sequence = stored.Id,
        };
}
