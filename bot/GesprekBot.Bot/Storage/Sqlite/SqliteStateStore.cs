using System.Globalization;
using GesprekBot.Bot.Storage.Protection;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Storage.Sqlite;

/// <summary>
/// The embedded default store: one file in the data directory, one pooled connection per
/// operation, so it is safe to share as a singleton.
/// </summary>
internal sealed class SqliteStateStore : IStateStore, IDisposable
{
    // synchronous=FULL: in WAL mode NORMAL may lose the last commits on power loss. A lost turn is
    // a client's answer that vanished after the bot acknowledged it; at one write per turn the
    // extra fsync is cheap. secure_delete: deleted or overwritten documents are zeroed on disk,
    // so "delete my data" also leaves no ciphertext in free pages.
    private const string ConnectionPragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000; PRAGMA secure_delete = ON;";

    private readonly string _connectionString;
    private readonly string _dataDirectory;
    private readonly IDocumentProtector _protector;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteStateStore> _logger;
    private readonly SchemaGate _schema;

    public SqliteStateStore(IOptions<StorageOptions> options, IDocumentProtector protector, TimeProvider time, ILogger<SqliteStateStore> logger)
    {
        var storage = options.Value;
        _dataDirectory = storage.DataDirectory;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = storage.SqliteDatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        _protector = protector;
        _time = time;
        _logger = logger;
        _schema = new SchemaGate(MigrateAsync);
    }

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload, etag FROM documents WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var payload = (byte[])reader.GetValue(0);
        return new StoreItem(key, _protector.Unprotect(key, payload), reader.GetString(1));
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        var etag = ETags.New();
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = expectedETag switch
        {
            null => """
                INSERT INTO documents (key, payload, etag, updated_at) VALUES ($key, $payload, $etag, $at)
                ON CONFLICT (key) DO NOTHING;
                """,
            ETags.Any => """
                INSERT INTO documents (key, payload, etag, updated_at) VALUES ($key, $payload, $etag, $at)
                ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, etag = excluded.etag, updated_at = excluded.updated_at;
                """,
            // One statement: the check and the write cannot be separated by another writer.
            _ => "UPDATE documents SET payload = $payload, etag = $etag, updated_at = $at WHERE key = $key AND etag = $expected;",
        };
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$payload", _protector.Protect(key, json));
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$expected", (object?)expectedETag ?? DBNull.Value);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new StoreConflictException(key);
        }

        return etag;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM documents WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM schema_version;";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            _logger.Unreachable(StorageProviders.Sqlite, ex);
            return false;
        }
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the file can be moved or
        // reopened by another store instance (tests, backups).
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _schema.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        PrivateDirectory.Create(_dataDirectory);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await SqliteMigrator.MigrateAsync(connection, SqliteMigrations.All, _time, _logger, cancellationToken);
    }
}
