using Dapper;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Legacy;

/// <summary>
/// The <c>documents</c> table as earlier versions wrote it (one encrypted JSON document per key,
/// e.g. <c>intakes/index</c>, <c>review/audit/{organisation}</c>). Upgrades read a kind of
/// document here, write it into its own table, and delete the document.
/// </summary>
public sealed class LegacyDocuments(StorageDatabase database, IDocumentProtector protector)
{
    /// <summary>Every document whose key starts with <paramref name="prefix"/>, decrypted.</summary>
    public async Task<IReadOnlyList<StoreItem>> ReadPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        await using var connection = await database.OpenAsync(cancellationToken);

        // substr, not LIKE: no wildcard in a key can widen the match.
        var rows = await connection.QueryAsync<(string Key, byte[] Payload, string ETag)>(new CommandDefinition(
            "SELECT key, payload, etag FROM documents WHERE substr(key, 1, @length) = @prefix ORDER BY key;",
            new { prefix, length = prefix.Length },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new StoreItem(r.Key, protector.Unprotect(r.Key, r.Payload), r.ETag))];
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM documents WHERE key = @key;", new { key }, cancellationToken: cancellationToken));
    }
}
