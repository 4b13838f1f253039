using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Storage.Legacy;

namespace GesprekBot.Storage.Accounts;

public static class LegacyKeyParts
{
    /// <summary>
    /// The legacy documents <c>{prefix}{part}</c> whose part is one key segment (an id, a code, an
    /// escaped organisation). A conversation's state key built from caller text (a channel id such as
    /// <c>resume-codes</c> gives <c>resume-codes/conversations/…</c>) has a further <c>/</c> and is
    /// left alone: an upgrade must never read someone's conversation as its own kind, nor delete it.
    /// </summary>
    public static async Task<IReadOnlyList<(StoreItem Item, string Part)>> ReadKeyPartsAsync(
        this LegacyDocuments documents, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return [.. (await documents.ReadPrefixAsync(prefix, cancellationToken))
            .Select(item => (Item: item, Part: item.Key[prefix.Length..]))
            .Where(d => d.Part.Length > 0 && !d.Part.Contains('/', StringComparison.Ordinal))];
    }
}
