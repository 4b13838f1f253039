using Dapper;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Bot.Tests.Storage.Conversations;

/// <summary>
/// Writes documents as versions before the tables did (the old IStateStore over <c>documents</c>:
/// the JSON encrypted with the key as purpose), so upgrades can be tested from real old data.
/// </summary>
internal static class LegacyDocumentWriter
{
    public static async Task WriteAsync(StorageDatabase database, IDocumentProtector protector, string key, string json)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "INSERT INTO documents (key, payload, etag, updated_at) VALUES (@key, @payload, @etag, @at);",
            new { key, payload = protector.Protect(key, json), etag = Guid.NewGuid().ToString("N"), at = DateTimeOffset.UnixEpoch });
    }

    public static async Task<IReadOnlyList<string>> KeysAsync(StorageDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<string>("SELECT key FROM documents ORDER BY key;")];
    }
}
