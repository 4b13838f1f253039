using System.Data.Common;
using Dapper;
using GesprekBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Storage.Sqlite;

/// <summary>The group commit against a real SQLite file: shared transactions, failures alone, durable before acknowledged.</summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly SqliteDatabase _database;

    public SqliteGroupCommitTests()
    {
        _database = Open();
    }

    public void Dispose()
    {
        _database.Dispose();
        _directory.Dispose();
    }

    private SqliteDatabase Open() => new(
        Options.Create(StorageTestFactory.SqliteOptions(_directory.Path)), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);

    private async Task CreateTableAsync()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);");
    }

    private Task<int> InsertAsync(int id, CancellationToken cancellationToken = default) =>
        _database.WriteAsync((c, ct) => c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO notes (id, text) VALUES (@id, 'x');", new { id }, cancellationToken: ct)), cancellationToken);

    private long CountOnAnotherConnection()
    {
        using var connection = new SqliteConnection($"Data Source={StorageTestFactory.SqliteOptions(_directory.Path).SqliteDatabasePath};Pooling=False");
        connection.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM notes;");
    }

    /// <summary>The first write waits inside the writer until released, so the writes queued meanwhile form one batch.</summary>
    private async Task<(Task First, TaskCompletionSource Release)> HoldTheWriterAsync()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _database.WriteAsync(async (c, ct) =>
        {
            started.SetResult();
            await release.Task;
            return await c.ExecuteAsync("INSERT INTO notes (id, text) VALUES (0, 'first');");
        }, CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return (first, release);
    }

    [Fact]
    public async Task Writes_waiting_at_the_same_time_share_one_transaction_and_all_reach_the_file()
    {
        await CreateTableAsync();
        var (first, release) = await HoldTheWriterAsync();
        var queued = Enumerable.Range(1, 100).Select(id => InsertAsync(id)).ToList();
        release.SetResult();
        await first;
        await Task.WhenAll(queued);

        Assert.Equal((2, 101), _database.GroupCommits);
        Assert.Equal(101, CountOnAnotherConnection());
    }

    [Fact]
    public async Task A_write_that_fails_is_undone_alone_and_the_others_of_its_batch_commit()
    {
        await CreateTableAsync();
        var (first, release) = await HoldTheWriterAsync();
        var before = InsertAsync(1);
        var failing = _database.WriteAsync(async (c, ct) =>
        {
            await c.ExecuteAsync("INSERT INTO notes (id, text) VALUES (2, 'half done');");
            return await c.ExecuteAsync("INSERT INTO notes (id, text) VALUES (3, NULL);"); // NOT NULL
        }, CancellationToken.None);
        var after = InsertAsync(4);
        release.SetResult();

        await Task.WhenAll(first, before, after);
        await Assert.ThrowsAsync<SqliteException>(() => failing);
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        Assert.Equal([0L, 1L, 4L], (await connection.QueryAsync<long>("SELECT id FROM notes ORDER BY id;")).ToList());
    }

    [Fact]
    public async Task A_write_is_acknowledged_only_when_another_connection_can_read_it()
    {
        await CreateTableAsync();
        var seenInside = -1L;
        await _database.WriteAsync(async (c, ct) =>
        {
            var written = await c.ExecuteAsync("INSERT INTO notes (id, text) VALUES (7, 'x');");
            seenInside = CountOnAnotherConnection();
            return written;
        }, CancellationToken.None);

        Assert.Equal(0, seenInside);
        Assert.Equal(1, CountOnAnotherConnection());
    }

    [Fact]
    public async Task A_caller_that_gave_up_before_its_turn_is_not_written()
    {
        await CreateTableAsync();
        var (first, release) = await HoldTheWriterAsync();
        using var cancel = new CancellationTokenSource();
        var abandoned = InsertAsync(5, cancel.Token);
        await cancel.CancelAsync();
        release.SetResult();
        await first;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal(1, CountOnAnotherConnection());
    }

    [Fact]
    public async Task Queued_writes_are_committed_when_the_database_is_disposed()
    {
        await CreateTableAsync();
        var (first, release) = await HoldTheWriterAsync();
        var queued = Enumerable.Range(1, 10).Select(id => InsertAsync(id)).ToList();
        var disposing = Task.Run(_database.Dispose);
        release.SetResult();
        await disposing.WaitAsync(TimeSpan.FromSeconds(10));

        await Task.WhenAll(queued.Append(first));
        Assert.Equal(11, CountOnAnotherConnection());
    }

    [Fact]
    public async Task A_connection_given_back_inside_a_transaction_is_not_reused()
    {
        await CreateTableAsync();
        await using (var leaky = await _database.OpenAsync(CancellationToken.None))
        {
            await leaky.ExecuteAsync("BEGIN IMMEDIATE; INSERT INTO notes (id, text) VALUES (9, 'never committed');");
        }

        // Had it been reused, its open transaction would hold the write lock and swallow later writes.
        await InsertAsync(10).WaitAsync(TimeSpan.FromSeconds(5));
        await using DbConnection connection = await _database.OpenAsync(CancellationToken.None);
        Assert.Equal([10L], (await connection.QueryAsync<long>("SELECT id FROM notes;")).ToList());
    }
}
