using GesprekBot.Bot.Storage.Protection;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GesprekBot.Bot.Storage.Postgres;

/// <summary>
/// The shared store for several bot instances. One NpgsqlDataSource (its connection pool) per
/// store; the store is registered as a singleton.
/// </summary>
internal sealed class PostgresStateStore : IStateStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly IDocumentProtector _protector;
    private readonly TimeProvider _time;
    private readonly ILogger<PostgresStateStore> _logger;
    private readonly SchemaGate _schema;

    public PostgresStateStore(IOptions<StorageOptions> options, IDocumentProtector protector, TimeProvider time, ILogger<PostgresStateStore> logger)
    {
        _dataSource = NpgsqlDataSource.Create(options.Value.ConnectionStrings.Postgres
            ?? throw new InvalidOperationException("Storage:ConnectionStrings:Postgres is not configured."));
        _protector = protector;
        _time = time;
        _logger = logger;
        _schema = new SchemaGate(ct => PostgresMigrator.MigrateAsync(_dataSource, PostgresMigrations.All, _time, _logger, ct));
    }

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await _schema.EnsureAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand("SELECT payload, etag FROM documents WHERE key = @key;");
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var payload = reader.GetFieldValue<byte[]>(0);
        return new StoreItem(key, _protector.Unprotect(key, payload), reader.GetString(1));
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        await _schema.EnsureAsync(cancellationToken);
        var etag = ETags.New();
        await using var command = _dataSource.CreateCommand(expectedETag switch
        {
            null => """
                INSERT INTO documents (key, payload, etag, updated_at) VALUES (@key, @payload, @etag, @at)
                ON CONFLICT (key) DO NOTHING;
                """,
            ETags.Any => """
                INSERT INTO documents (key, payload, etag, updated_at) VALUES (@key, @payload, @etag, @at)
                ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, etag = excluded.etag, updated_at = excluded.updated_at;
                """,
            // One statement: under READ COMMITTED a concurrent UPDATE of the row makes this one
            // re-check the etag after the other commits, so exactly one writer matches.
            _ => "UPDATE documents SET payload = @payload, etag = @etag, updated_at = @at WHERE key = @key AND etag = @expected;",
        });
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("payload", _protector.Protect(key, json));
        command.Parameters.AddWithValue("etag", etag);
        command.Parameters.AddWithValue("at", _time.GetUtcNow());
        if (expectedETag is not null and not ETags.Any)
        {
            command.Parameters.AddWithValue("expected", expectedETag);
        }

        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new StoreConflictException(key);
        }

        return etag;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await _schema.EnsureAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand("DELETE FROM documents WHERE key = @key;");
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _schema.EnsureAsync(cancellationToken);
            await using var command = _dataSource.CreateCommand("SELECT COUNT(*) FROM schema_version;");
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            _logger.Unreachable(StorageProviders.Postgres, ex);
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        _schema.Dispose();
    }

    public void Dispose()
    {
        _dataSource.Dispose();
        _schema.Dispose();
    }
}
