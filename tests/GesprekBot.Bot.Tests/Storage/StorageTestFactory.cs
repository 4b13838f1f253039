using GesprekBot.Bot.Tests.Storage.Conversations;
using GesprekBot.Storage;
using GesprekBot.Storage.Postgres;
using GesprekBot.Storage.Protection;
using GesprekBot.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Storage;

/// <summary>Builds stores the way the app does, but without a host.</summary>
internal static class StorageTestFactory
{
    public static IDocumentProtector CreateProtector(string keysDirectory) =>
        new DataProtectionDocumentProtector(DataProtectionProvider.Create(
            new DirectoryInfo(keysDirectory), builder => builder.SetApplicationName(StorageExtensions.ApplicationName)));

    public static StorageOptions SqliteOptions(string dataDirectory)
    {
        var options = new StorageOptions { DataDirectory = dataDirectory };
        options.ResolvePaths(dataDirectory);
        return options;
    }

    public static SqliteStateStore CreateSqliteStore(string dataDirectory, string? keysDirectory = null)
    {
        var options = SqliteOptions(dataDirectory);
        return new SqliteStateStore(
            Options.Create(options),
            CreateProtector(keysDirectory ?? options.KeysDirectory!),
            TimeProvider.System,
            NullLogger<SqliteStateStore>.Instance);
    }

    /// <summary>The <c>documents</c> table of a SQLite file as versions before the tables wrote it (for upgrade tests).</summary>
    public static LegacyDocumentStore CreateLegacySqliteStore(string dataDirectory)
    {
        var options = SqliteOptions(dataDirectory);
        var database = new SqliteDatabase(Options.Create(options), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);
        return new LegacyDocumentStore(database, CreateProtector(options.KeysDirectory!), ownsDatabase: true);
    }

    public static PostgresStateStore CreatePostgresStore(string connectionString, string keysDirectory) =>
        new(
            Options.Create(new StorageOptions { Provider = StorageProviders.Postgres, ConnectionStrings = { Postgres = connectionString } }),
            CreateProtector(keysDirectory),
            TimeProvider.System,
            NullLogger<PostgresStateStore>.Instance);
}
