using System.Data.Common;
using Dapper;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.Extensions.Logging;

namespace GesprekBot.Storage.Conversations;

/// <summary>
/// The engine's <see cref="IStateStore"/> port over the <c>documents</c> table: one encrypted JSON
/// document per key with an ETag. The same SQL runs on SQLite and PostgreSQL.
/// </summary>
internal class DocumentStateStore(StorageDatabase database, IDocumentProtector protector, TimeProvider time, ILogger logger) : IStateStore
{
    protected StorageDatabase Database { get; } = database;

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await Database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(
            "SELECT payload AS Payload, etag AS ETag FROM documents WHERE key = @key;", new { key }, cancellationToken: cancellationToken));
        return row is null ? null : new StoreItem(key, protector.Unprotect(key, row.Payload), row.ETag);
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        var etag = ETags.New();
        var sql = expectedETag switch
        {
            null => """
                INSERT INTO documents (key, payload, etag, updated_at) VALUES (@key, @payload, @etag, @at)
                ON CONFLICT (key) DO NOTHING;
                """,
            ETags.Any => """
                INSERT INTO documents (key, payload, etag, updated_at) VALUES (@key, @payload, @etag, @at)
                ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, etag = excluded.etag, updated_at = excluded.updated_at;
                """,
            // One statement: the check and the write cannot be separated by another writer (on
            // PostgreSQL under READ COMMITTED the row is re-checked after a concurrent update commits).
            _ => "UPDATE documents SET payload = @payload, etag = @etag, updated_at = @at WHERE key = @key AND etag = @expected;",
        };
        await using var connection = await Database.OpenAsync(cancellationToken);
        var written = await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { key, payload = protector.Protect(key, json), etag, at = time.GetUtcNow(), expected = expectedETag ?? string.Empty },
            cancellationToken: cancellationToken));
        if (written == 0)
        {
            throw new StoreConflictException(key);
        }

        return etag;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM documents WHERE key = @key;", new { key }, cancellationToken: cancellationToken));
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

    private sealed record DocumentRow(byte[] Payload, string ETag);
}
