using System.Data.Common;
using GesprekBot.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GesprekBot.Storage.Sqlite;

/// <summary>The embedded default: one file in the data directory, pooled connections.</summary>
internal sealed partial class SqliteDatabase : StorageDatabase
{
    // synchronous=FULL: in WAL mode NORMAL may lose the last commits on power loss. A lost turn is
    // a client's answer that vanished after the bot acknowledged it. secure_delete: deleted or
    // overwritten rows are zeroed on disk, so "delete my data" also leaves no ciphertext in free
    // pages. foreign_keys: deletes cascade (SQLite enforces them per connection only).
    private const string ConnectionPragmas =
        "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000; PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON;";

    // Statements run synchronously on the calling thread, so only about as many connections are in use
    // at once as there are threads running SQL; each idle one keeps its page cache (up to 2 MiB).
    private const int MaxIdleConnections = 16;

    private readonly string _connectionString;
    private readonly SqliteConnectionCache _connections;
    private readonly string _dataDirectory;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly Lazy<SqliteGroupCommit> _writer;

    public SqliteDatabase(IOptions<StorageOptions> options, TimeProvider time, ILogger<SqliteDatabase> logger)
    {
        var storage = options.Value;
        _options = storage;
        _dataDirectory = storage.DataDirectory;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = storage.SqliteDatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        _connections = new SqliteConnectionCache(_connectionString, ConnectionPragmas, MaxIdleConnections);
        _time = time;
        _logger = logger;
        _writer = new Lazy<SqliteGroupCommit>(() => new SqliteGroupCommit(OpenWriterAsync));
    }

    /// <summary>Batches and writes the group commit has done (tests and the benchmark read them).</summary>
    internal (long Batches, long Writes) GroupCommits => _writer.IsValueCreated ? (_writer.Value.Batches, _writer.Value.Writes) : (0, 0);

    public override string Provider => StorageProviders.Sqlite;

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _connections.OpenAsync(cancellationToken);

    public override Task<T> WriteAsync<T>(Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        _writer.Value.WriteAsync(work, cancellationToken);

    private async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return (SqliteConnection)await OpenConnectionAsync(cancellationToken);
    }

    protected override async Task MigrateAsync(CancellationToken cancellationToken)
    {
        PrivateDirectory.Create(_dataDirectory, out var folderNotPrivate);
        if (folderNotPrivate is not null)
        {
            LogNotPrivate(_logger, _dataDirectory, folderNotPrivate);
        }

        MakeFilesPrivate();
        await using var connection = (SqliteConnection)await OpenConnectionAsync(cancellationToken);
        await SqliteMigrator.MigrateAsync(connection, SqliteMigrations.All, _time, _logger, cancellationToken);
    }

    /// <summary>
    /// The database file owner-only (0600) before SQLite opens it: created so when new, tightened when it
    /// existed. SQLite gives its WAL and shared-memory files the database file's mode.
    /// </summary>
    private void MakeFilesPrivate()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = _options.SqliteDatabasePath;
        if (!File.Exists(path))
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = PrivateDirectory.OwnerOnlyFile,
            });
            return;
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file) && PrivateDirectory.TrySetMode(file, PrivateDirectory.OwnerOnlyFile) is { } reason)
            {
                LogNotPrivate(_logger, file, reason);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} could not be made readable by this account only: {Reason}")]
    private static partial void LogNotPrivate(ILogger logger, string path, string reason);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Writes already queued are committed first; nothing acknowledged is lost at shutdown.
            if (_writer.IsValueCreated)
            {
                _writer.Value.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            // Idle connections keep the file open; release them so the file can be moved or
            // reopened by another instance (tests, backups).
            _connections.Dispose();
        }

        base.Dispose(disposing);
    }
}
