using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace GesprekBot.Storage.Sqlite;

/// <summary>
/// Open connections to the one database file, kept for reuse without a lock. Microsoft.Data.Sqlite's
/// own pool takes one lock for every open and every close; with many turns at once on two cores that
/// lock became a convoy (two thirds of the turn time in a profile was spent waiting to enter it). Here
/// a connection is taken from and given back to a lock-free stack, with its pragmas already set.
/// A connection given back inside a transaction is closed, never reused.
/// </summary>
internal sealed class SqliteConnectionCache(string connectionString, string pragmas, int maxIdle) : IDisposable
{
    private readonly ConcurrentStack<CachedSqliteConnection> _idle = new();
    private int _idleCount;
    private volatile bool _disposed;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryPop(out var cached))
        {
            Interlocked.Decrement(ref _idleCount);
            if (cached.State == System.Data.ConnectionState.Open)
            {
                cached.Lease();
                return cached;
            }

            cached.Release();
        }

        var connection = new CachedSqliteConnection(connectionString, this);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            connection.Lease();
            return connection;
        }
        catch
        {
            connection.Release();
            throw;
        }
    }

    /// <summary>True when kept for reuse; false when the caller must really close it.</summary>
    internal bool TryKeep(CachedSqliteConnection connection)
    {
        if (_disposed || connection.State != System.Data.ConnectionState.Open || !connection.IsAutocommit)
        {
            return false;
        }

        if (Interlocked.Increment(ref _idleCount) > maxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            return false;
        }

        _idle.Push(connection);
        if (_disposed)
        {
            Clear();
        }

        return true;
    }

    /// <summary>Closes every idle connection (the file is released for a move, a backup or a test).</summary>
    public void Clear()
    {
        while (_idle.TryPop(out var cached))
        {
            Interlocked.Decrement(ref _idleCount);
            cached.Release();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        Clear();
    }
}

/// <summary>A connection that goes back to its <see cref="SqliteConnectionCache"/> when disposed, open.</summary>
internal sealed class CachedSqliteConnection(string connectionString, SqliteConnectionCache cache) : SqliteConnection(connectionString)
{
    private bool _leased;

    internal bool IsAutocommit => Handle is { } handle && SQLitePCL.raw.sqlite3_get_autocommit(handle) != 0;

    internal void Lease() => _leased = true;

    /// <summary>Really closes it.</summary>
    internal void Release()
    {
        _leased = false;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _leased)
        {
            _leased = false;
            if (cache.TryKeep(this))
            {
                return;
            }
        }

        base.Dispose(disposing);
    }
}
