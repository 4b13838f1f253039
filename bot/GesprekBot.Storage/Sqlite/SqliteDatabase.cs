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

    private readonly string _connectionString;
    private readonly string _dataDirectory;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteDatabase> _logger;

    public SqliteDatabase(IOptions<StorageOptions> options, TimeProvider time, ILogger<SqliteDatabase> logger)
    {
        var storage = options.Value;
        _options = storage;
        _dataDirectory = storage.DataDirectory;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = storage.SqliteDatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        _time = time;
        _logger = logger;
    }

    public override string Provider => StorageProviders.Sqlite;

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
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
            // Pooled connections keep the file open; release them so the file can be moved or
            // reopened by another instance (tests, backups).
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        base.Dispose(disposing);
    }
}
