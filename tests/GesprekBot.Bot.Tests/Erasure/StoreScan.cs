using GesprekBot.Storage.Protection;
using Microsoft.Data.Sqlite;

namespace GesprekBot.Bot.Tests.Erasure;

/// <summary>Every row of the SQLite store, each document decrypted: where a copy of a client's words would hide.</summary>
internal static class StoreScan
{
    public static async Task<IReadOnlyList<(string Key, string Json)>> DecryptAllAsync(string databasePath, IDocumentProtector protector)
    {
        var rows = new List<(string, string)>();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, payload FROM documents;";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = reader.GetString(0);
            rows.Add((key, protector.Unprotect(key, (byte[])reader.GetValue(1))));
        }

        return rows;
    }

    /// <summary>The keys of the documents that contain <paramref name="text"/> (plain ASCII, so JSON leaves it as it is).</summary>
    public static async Task<IReadOnlyList<string>> KeysContainingAsync(string databasePath, IDocumentProtector protector, string text) =>
        [.. (await DecryptAllAsync(databasePath, protector))
            .Where(row => row.Json.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Select(row => row.Key)];
}
