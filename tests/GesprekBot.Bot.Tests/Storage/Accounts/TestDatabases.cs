using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Storage;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Postgres;
using GesprekBot.Storage.Protection;
using GesprekBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Storage.Accounts;

/// <summary>A migrated database and its protector, as the app builds them, for repository tests.</summary>
internal sealed class TestDatabase(StorageDatabase database, IDocumentProtector protector, TempDirectory keys) : IDisposable
{
    public StorageDatabase Database { get; } = database;

    public IDocumentProtector Protector { get; } = protector;

    /// <summary>A SQLite file in <paramref name="dataDirectory"/>, with the key ring an <see cref="StorageTestFactory.CreateSqliteStore"/> there uses.</summary>
    public static StorageDatabase Sqlite(string dataDirectory) =>
        new SqliteDatabase(Options.Create(StorageTestFactory.SqliteOptions(dataDirectory)), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);

    public static IDocumentProtector SqliteProtector(string dataDirectory) =>
        StorageTestFactory.CreateProtector(StorageTestFactory.SqliteOptions(dataDirectory).KeysDirectory!);

    public static TestDatabase ForSqlite(TempDirectory directory) =>
        new(Sqlite(directory.Path), SqliteProtector(directory.Path), new TempDirectory());

    /// <summary>A fresh database on the shared server: rows of other tests (other key rings) are never read.</summary>
    public static async Task<TestDatabase> ForPostgresAsync(PostgresServerFixture server)
    {
        var keys = new TempDirectory();
        var options = new StorageOptions { Provider = StorageProviders.Postgres, ConnectionStrings = { Postgres = await server.CreateDatabaseAsync() } };
        return new(new PostgresDatabase(Options.Create(options), TimeProvider.System, NullLogger<PostgresDatabase>.Instance), StorageTestFactory.CreateProtector(keys.Path), keys);
    }

    public void Dispose()
    {
        Database.Dispose();
        keys.Dispose();
    }
}
