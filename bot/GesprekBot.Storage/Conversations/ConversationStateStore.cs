using System.Data.Common;
using Dapper;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.Extensions.Logging;

namespace GesprekBot.Storage.Conversations;

/// <summary>
/// The engine's <see cref="IStateStore"/> port over the <c>conversations</c> table: one row per
/// conversation key, the state encrypted, an ETag for compare-and-swap. The same SQL runs on SQLite
/// and PostgreSQL.
/// </summary>
internal class ConversationStateStore(StorageDatabase database, IDocumentProtector protector, TimeProvider time, ILogger logger) : IStateStore
{
    protected StorageDatabase Database { get; } = database;

    protected IDocumentProtector Protector { get; } = protector;

    /// <summary>The encryption purpose of a row: bound to the key, so state copied to another row cannot be read there.</summary>
    internal static string Purpose(string key) => "conversations/" + key;

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await Database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<StateRow>(new CommandDefinition(
            "SELECT state AS State, etag AS ETag FROM conversations WHERE key = @key;", new { key }, cancellationToken: cancellationToken));
        return row is null ? null : new StoreItem(key, Protector.Unprotect(Purpose(key), row.State), row.ETag);
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        var etag = ETags.New();
        var sql = expectedETag switch
        {
            null => """
                INSERT INTO conversations (key, state, etag, updated_at) VALUES (@key, @state, @etag, @at)
                ON CONFLICT (key) DO NOTHING;
                """,
            ETags.Any => """
                INSERT INTO conversations (key, state, etag, updated_at) VALUES (@key, @state, @etag, @at)
                ON CONFLICT (key) DO UPDATE SET state = excluded.state, etag = excluded.etag, updated_at = excluded.updated_at;
                """,
            // One statement: the check and the write cannot be separated by another writer (on
            // PostgreSQL under READ COMMITTED the row is re-checked after a concurrent update commits).
            _ => "UPDATE conversations SET state = @state, etag = @etag, updated_at = @at WHERE key = @key AND etag = @expected;",
        };
        var parameters = new
        {
            key,
            state = Protector.Protect(Purpose(key), json),
            etag,
            at = StorageTime.ToColumn(time.GetUtcNow()),
            expected = expectedETag ?? string.Empty,
        };
        var written = await Database.WriteAsync(
            (connection, ct) => connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: ct)),
            cancellationToken);
        if (written == 0)
        {
            throw new StoreConflictException(key);
        }

        return etag;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await Database.WriteAsync(
            (connection, ct) => connection.ExecuteAsync(new CommandDefinition("DELETE FROM conversations WHERE key = @key;", new { key }, cancellationToken: ct)),
            cancellationToken);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await Database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync(new CommandDefinition("SELECT COUNT(*) FROM schema_version;", cancellationToken: cancellationToken));
            return true;
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException)
        {
            logger.Unreachable(Database.Provider, ex);
            return false;
        }
    }

    private sealed record StateRow(byte[] State, string ETag);
}
