using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace GesprekBot.Storage.Sqlite;

/// <summary>
/// The one writer of the SQLite file in this process. Writes are queued; a single loop takes every
/// write waiting at that moment, runs them in one transaction (when one fails, the batch runs again with a
/// savepoint per write, so that one is undone alone and told so) and commits them with one fsync. Each caller's task
/// completes only after that commit is durable: a turn is still acknowledged only when it is on disk.
/// While one batch is being committed the next one gathers, so under load many turns share an fsync
/// and no writer thread sleeps in SQLite's busy handler waiting for another connection of this process.
/// </summary>
internal sealed class SqliteGroupCommit : IAsyncDisposable
{
    /// <summary>Upper bound of one batch, so a flood of writes still commits in bounded steps.</summary>
    internal const int MaxBatch = 256;

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly Channel<Unit> _queue = Channel.CreateUnbounded<Unit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private SqliteConnection? _connection;
    private long _batches;
    private long _writes;

    public SqliteGroupCommit(Func<CancellationToken, Task<SqliteConnection>> open)
    {
        _open = open;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Batches committed so far and writes in them (for tests and the benchmark).</summary>
    internal long Batches => Interlocked.Read(ref _batches);

    internal long Writes => Interlocked.Read(ref _writes);

    public Task<T> WriteAsync<T>(Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        var unit = new Unit<T>(work, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(unit), this);

        return unit.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<Unit>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var unit))
            {
                if (!unit.Cancelled)
                {
                    batch.Add(unit);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
            }
        }
    }

    private async Task CommitAsync(List<Unit> batch)
    {
        if (await BeginAsync(batch) is not { } connection)
        {
            return;
        }

        // Nearly always nothing fails: the batch runs as it is, without a savepoint per write.
        var done = await RunAllAsync(connection, batch);
        if (done is null)
        {
            // One write failed. Start again with a savepoint each, so that one is undone alone and the
            // others still commit. Running them again is safe: they are only SQL and none is acknowledged yet.
            await RollbackQuietlyAsync(connection);
            if (await BeginAsync(batch) is not { } again)
            {
                return;
            }

            connection = again;
            done = await RunEachInSavepointAsync(connection, batch);
        }

        try
        {
            await ExecuteAsync(connection, "COMMIT;");
        }
        catch (Exception ex)
        {
            // Nothing of this batch is known to be on disk: none of it is acknowledged.
            await RollbackQuietlyAsync(connection);
            await DropConnectionAsync();
            done.ForEach(unit => unit.Fail(ex));
            return;
        }

        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _writes, done.Count);
        done.ForEach(unit => unit.Succeed());
    }

    private async Task<SqliteConnection?> BeginAsync(List<Unit> batch)
    {
        try
        {
            var connection = _connection ??= await _open(CancellationToken.None);
            await ExecuteAsync(connection, "BEGIN IMMEDIATE;");
            return connection;
        }
        catch (Exception ex)
        {
            await DropConnectionAsync();
            batch.ForEach(unit => unit.Fail(ex));
            return null;
        }
    }

    /// <summary>Every write of the batch in the open transaction; null as soon as one throws.</summary>
    private static async Task<List<Unit>?> RunAllAsync(SqliteConnection connection, List<Unit> batch)
    {
        foreach (var unit in batch)
        {
            try
            {
                await unit.RunAsync(connection);
            }
            catch (Exception)
            {
                return null;
            }
        }

        return batch;
    }

    private static async Task<List<Unit>> RunEachInSavepointAsync(SqliteConnection connection, List<Unit> batch)
    {
        var done = new List<Unit>(batch.Count);
        foreach (var unit in batch)
        {
            await ExecuteAsync(connection, "SAVEPOINT w;");
            try
            {
                await unit.RunAsync(connection);
                await ExecuteAsync(connection, "RELEASE w;");
                done.Add(unit);
            }
            catch (Exception ex)
            {
                await UndoAsync(connection, ex, unit);
            }
        }

        return done;
    }

    private static async Task UndoAsync(SqliteConnection connection, Exception failure, Unit unit)
    {
        try
        {
            await ExecuteAsync(connection, "ROLLBACK TO w; RELEASE w;");
            unit.Fail(failure);
        }
        catch (SqliteException)
        {
            // SQLite may already have rolled the whole transaction back (a full disk, an I/O error):
            // the commit that follows fails and fails the batch with it.
            unit.Fail(failure);
        }
    }

    private static async Task RollbackQuietlyAsync(SqliteConnection connection)
    {
        try
        {
            await ExecuteAsync(connection, "ROLLBACK;");
        }
        catch (SqliteException)
        {
            // no transaction left to roll back
        }
    }

    private async Task DropConnectionAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await DropConnectionAsync();
    }

    private abstract class Unit
    {
        public abstract bool Cancelled { get; }

        public abstract Task RunAsync(DbConnection connection);

        public abstract void Succeed();

        public abstract void Fail(Exception exception);
    }

    private sealed class Unit<T>(Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) : Unit
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _completion.Task;

        // A caller that gave up before its write started is not written; once started, it is finished.
        public override bool Cancelled
        {
            get
            {
                if (!cancellationToken.IsCancellationRequested)
                {
                    return false;
                }

                _completion.TrySetCanceled(cancellationToken);
                return true;
            }
        }

        public override async Task RunAsync(DbConnection connection) => _result = await work(connection, CancellationToken.None);

        public override void Succeed() => _completion.TrySetResult(_result!);

        public override void Fail(Exception exception) => _completion.TrySetException(exception);
    }
}
