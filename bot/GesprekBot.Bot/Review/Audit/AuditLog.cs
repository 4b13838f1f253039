using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Storage;

namespace GesprekBot.Bot.Review.Audit;

/// <summary>
/// The audit log per organisation (<c>review/audit/{organisation}</c>), append-only through this class,
/// readable by the organisation's admins. Entries are written before the data is shown or sent, so a
/// view that cannot be logged does not happen.
/// </summary>
public sealed class AuditLog(ReviewDocuments documents, TimeProvider time)
{
    private static string KeyFor(string organisation) => $"review/audit/{ReviewDocuments.KeyPart(organisation)}";

    public Task WriteAsync(ReviewUser user, AuditAction action, string? intakeId, string? detail, CancellationToken cancellationToken)
    {
        var entry = new AuditEntry(time.GetUtcNow(), user.Id, user.Name, action, intakeId, detail);
        return documents.UpdateAsync<List<AuditEntry>>(KeyFor(user.Organisation), current => [.. current ?? [], entry], cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string organisation, CancellationToken cancellationToken) =>
        [.. (await documents.ReadAsync<List<AuditEntry>>(KeyFor(organisation), cancellationToken) ?? []).OrderByDescending(e => e.At)];
}
