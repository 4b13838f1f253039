using System.Globalization;
using GesprekBot.Storage.Protection;
using GesprekBot.Storage.Review;
using Microsoft.Data.Sqlite;

namespace GesprekBot.Bot.Tests.Erasure;

/// <summary>Every encrypted value of the SQLite store, decrypted: where a copy of a client's words would hide.</summary>
internal static class StoreScan
{
    /// <summary>
    /// Each value with the name it is reported under: a document's or conversation's key,
    /// "directline_conversations/{id}" and "directline_activities/{id}/{sequence}" for Direct Line rows.
    /// </summary>
    public static async Task<IReadOnlyList<(string Key, string Json)>> DecryptAllAsync(string databasePath, IDocumentProtector protector)
    {
        var rows = new List<(string, string)>();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await ReadAsync(connection, "SELECT key, payload FROM documents;", r => (r.GetString(0), r.GetString(0)), protector, rows);
        await ReadAsync(connection, "SELECT key, state FROM conversations;", r => (r.GetString(0), "conversations/" + r.GetString(0)), protector, rows);
        await ReadAsync(connection, "SELECT id, details FROM directline_conversations;", r => ("directline_conversations/" + r.GetString(0), $"directline/{r.GetString(0)}/details"), protector, rows);
        await ReadAsync(
            connection,
            "SELECT conversation_id, activity, sequence FROM directline_activities;",
            r => (string.Create(CultureInfo.InvariantCulture, $"directline_activities/{r.GetString(0)}/{r.GetInt64(2)}"), string.Create(CultureInfo.InvariantCulture, $"directline/{r.GetString(0)}/activities/{r.GetInt64(2)}")),
            protector,
            rows);
        await ReadAsync(connection, "SELECT id, record FROM intakes;", r => ("intakes/" + r.GetString(0), "intakes/" + r.GetString(0)), protector, rows);
        await ReadAsync(connection, "SELECT id, payload FROM review_notes;", r => ("review_notes/" + r.GetString(0), ReviewRecords.Purpose(r.GetString(0))), protector, rows);
        return rows;
    }

    /// <summary>The keys of the documents that contain <paramref name="text"/> (plain ASCII, so JSON leaves it as it is).</summary>
    public static async Task<IReadOnlyList<string>> KeysContainingAsync(string databasePath, IDocumentProtector protector, string text) =>
        [.. (await DecryptAllAsync(databasePath, protector))
            .Where(row => row.Json.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Select(row => row.Key)];

    private static async Task ReadAsync(
        SqliteConnection connection, string sql, Func<SqliteDataReader, (string Name, string Purpose)> name, IDocumentProtector protector, List<(string, string)> rows)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (key, purpose) = name(reader);
            rows.Add((key, protector.Unprotect(purpose, (byte[])reader.GetValue(1))));
        }
    }
}
