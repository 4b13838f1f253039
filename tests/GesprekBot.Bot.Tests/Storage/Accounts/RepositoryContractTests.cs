using GesprekBot.Bot.Tests.Storage.Postgres;

namespace GesprekBot.Bot.Tests.Storage.Accounts;

/// <summary>The base of the contract tests of this folder's repositories: a fresh database per test, SQLite or PostgreSQL.</summary>
public abstract class RepositoryContractTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private TestDatabase? _database;

    internal TestDatabase Db => _database ?? throw new InvalidOperationException("Database not created yet.");

    public async Task InitializeAsync() => _database = await CreateAsync(_directory);

    public Task DisposeAsync()
    {
        _database?.Dispose();
        return Task.CompletedTask;
    }

    // xunit runs this after DisposeAsync has closed the database.
    public void Dispose()
    {
        _directory.Dispose();
        GC.SuppressFinalize(this);
    }

    private protected abstract Task<TestDatabase> CreateAsync(TempDirectory directory);
}

/// <summary>The two databases every contract runs on; one subclass per provider picks one.</summary>
internal static class Providers
{
    public static Task<TestDatabase> Sqlite(TempDirectory directory) => Task.FromResult(TestDatabase.ForSqlite(directory));

    public static Task<TestDatabase> Postgres(PostgresServerFixture server) => TestDatabase.ForPostgresAsync(server);
}
