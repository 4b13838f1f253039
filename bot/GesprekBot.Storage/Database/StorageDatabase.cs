using System.Data.Common;

namespace GesprekBot.Storage.Database;

/// <summary>
/// The one relational database of this instance: the SQLite file (embedded default) or a PostgreSQL
/// server shared by several instances. Repositories write plain SQL that both understand (named
/// <c>@parameters</c>, <c>ON CONFLICT</c>, <c>RETURNING</c>, <c>LIMIT/OFFSET</c>; times as Unix
/// milliseconds in <c>bigint</c> columns, flags as integers), so one repository serves both; only
/// the DDL in the migrations differs.
/// </summary>
public abstract class StorageDatabase : IDisposable
{
    private readonly SchemaGate _schema;

    protected StorageDatabase() => _schema = new SchemaGate(MigrateAsync);

    /// <summary><see cref="StorageProviders.Sqlite"/> or <see cref="StorageProviders.Postgres"/>.</summary>
    public abstract string Provider { get; }

    public bool IsPostgres => StorageProviders.IsPostgres(Provider);

    /// <summary>An open connection to a database that has every migration applied. Dispose it.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    /// <summary>
    /// Runs one write (a statement or a few, no transaction of its own) and completes when it is durably
    /// committed. On SQLite the writes of many callers share a transaction and an fsync (see
    /// <c>SqliteGroupCommit</c>); elsewhere it runs on a connection of its own. The work must only
    /// write through the connection it is given and must not wait for another write.
    /// </summary>
    public virtual async Task<T> WriteAsync<T>(Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenAsync(cancellationToken);
        return await work(connection, cancellationToken);
    }

    /// <summary>Applies missing migrations now (at startup), instead of at the first turn.</summary>
    public Task EnsureMigratedAsync(CancellationToken cancellationToken) => _schema.EnsureAsync(cancellationToken);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _schema.Dispose();
        }
    }

    /// <summary>A connection without the migration check (the migrator itself uses it).</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    protected abstract Task MigrateAsync(CancellationToken cancellationToken);
}
