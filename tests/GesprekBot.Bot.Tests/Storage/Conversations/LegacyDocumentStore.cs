using Dapper;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Storage.Conversations;

/// <summary>
/// The state store as versions before the tables had it (everything in <c>documents</c>, encrypted
/// with the key as purpose), so the old code (ReviewDocuments, the old stores) can write real old
/// data for the upgrade tests.
/// </summary>
internal sealed class LegacyDocumentStore(StorageDatabase database, IDocumentProtector protector, bool ownsDatabase = false) : IStateStore, IDisposable
{
    /// <summary>The documents table of a running host's database.</summary>
    public static LegacyDocumentStore Of(IServiceProvider services) =>
        new(services.GetRequiredService<StorageDatabase>(), services.GetRequiredService<IDocumentProtector>());

    public void Dispose()
    {
        if (ownsDatabase)
        {
            database.Dispose();
        }
    }

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(byte[] Payload, string ETag)?>(
            "SELECT payload, etag FROM documents WHERE key = @key;", new { key });
        return row is { } r ? new StoreItem(key, protector.Unprotect(key, r.Payload), r.ETag) : null;
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var etag = Guid.NewGuid().ToString("N");
        var sql = expectedETag switch
        {
            null => "INSERT INTO documents (key, payload, etag, updated_at) VALUES (@key, @payload, @etag, @at) ON CONFLICT (key) DO NOTHING;",
            "*" => "INSERT INTO documents (key, payload, etag, updated_at) VALUES (@key, @payload, @etag, @at) ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, etag = excluded.etag;",
            _ => "UPDATE documents SET payload = @payload, etag = @etag WHERE key = @key AND etag = @expected;",
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        var written = await connection.ExecuteAsync(sql, new { key, payload = protector.Protect(key, json), etag, at = DateTimeOffset.UnixEpoch, expected = expectedETag ?? string.Empty });
        return written == 0 ? throw new StoreConflictException(key) : etag;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM documents WHERE key = @key;", new { key });
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);
}
