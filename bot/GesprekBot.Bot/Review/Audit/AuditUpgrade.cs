using System.Text.Json;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Storage.Accounts;
using GesprekBot.Storage.Audit;
using GesprekBot.Storage.Legacy;

namespace GesprekBot.Bot.Review.Audit;

/// <summary>
/// Moves the legacy logs <c>review/audit/{organisation}</c> (one list per organisation, the name
/// lower-cased and escaped) into <c>audit_log</c>, a row per entry.
/// </summary>
internal sealed class AuditUpgrade(AuditRepository repository) : IStorageUpgrade
{
    public const string LegacyPrefix = "review/audit/";

    public int Order => LegacyReviewDocuments.Order;

    public async Task RunAsync(LegacyDocuments documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var (item, part) in await documents.ReadKeyPartsAsync(LegacyPrefix, cancellationToken))
        {
            var entries = JsonSerializer.Deserialize<List<AuditEntry>>(item.Json, LegacyReviewDocuments.Json) ?? [];
            await repository.ImportLegacyAsync(
                item.Key,
                Uri.UnescapeDataString(part),
                [.. entries.Select(e => new StoredAuditEntry(0, e.At, e.CaseworkerId, e.CaseworkerName, e.Action.ToString(), e.IntakeId, e.Detail))],
                cancellationToken);
        }
    }
}
