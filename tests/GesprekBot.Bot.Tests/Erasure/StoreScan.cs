using GesprekBot.Storage.Protection;
using GesprekBot.Storage.Review;
using Microsoft.Data.Sqlite;

namespace GesprekBot.Bot.Tests.Erasure;

/// <summary>Every encrypted row of the SQLite store (documents, intakes, notes), decrypted: where a copy of a client's words would hide.</summary>
internal static class StoreScan
{
    private static readonly (string Sql, Func<string, string> Purpose)[] Encrypted =
    [
        ("SELECT key, payload FROM documents;", key => key),
        ("SELECT id, record FROM intakes;", id => $"intakes/{id}"),
        ("SELECT id, payload FROM review_notes;", ReviewRecords.Purpose),
    ];

    public static async Task<IReadOnlyList<(string Key, string Json)>> DecryptAllAsync(string databasePath, IDocumentProtector protector)
    {
        var rows = new List<(string, string)>();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // Documents by key; rows of the tables by the purpose their ciphertext is bound to.
        foreach (var (sql, purpose) in Encrypted)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var key = purpose(reader.GetString(0));
                rows.Add((key, protector.Unprotect(key, (byte[])reader.GetValue(1))));
            }
        }

        return rows;
    }

    /// <summary>The keys of the documents that contain <paramref name="text"/> (plain ASCII, so JSON leaves it as it is).</summary>
    public static async Task<IReadOnlyList<string>> KeysContainingAsync(string databasePath, IDocumentProtector protector, string text) =>
        [.. (await DecryptAllAsync(databasePath, protector))
            .Where(row => row.Json.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Select(row => row.Key)];
}
