using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Intakes;
using GesprekBot.Storage.Postgres;
using GesprekBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Storage.Intakes;

/// <summary>The intake repositories on a real database, built the way the app builds them but without a host.</summary>
internal static class IntakeTestStorage
{
    public static StorageDatabase Sqlite(string dataDirectory) =>
        new SqliteDatabase(Options.Create(StorageTestFactory.SqliteOptions(dataDirectory)), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);

    public static StorageDatabase Postgres(string connectionString) =>
        new PostgresDatabase(
            Options.Create(new StorageOptions { Provider = StorageProviders.Postgres, ConnectionStrings = { Postgres = connectionString } }),
            TimeProvider.System,
            NullLogger<PostgresDatabase>.Instance);

    /// <summary>A repository on the SQLite file of <paramref name="dataDirectory"/> (the same file a state store there uses).</summary>
    public static IIntakeRepository SqliteRepository(string dataDirectory, IIntakePlacement? placement = null) =>
        new SqlIntakeRepository(Sqlite(dataDirectory), StorageTestFactory.CreateProtector(KeysOf(dataDirectory)), placement ?? new UnassignedPlacement());

    public static string KeysOf(string dataDirectory) => StorageTestFactory.SqliteOptions(dataDirectory).KeysDirectory!;

    /// <summary>Every record, newest change first: what the review list held before it was paged.</summary>
    public static async Task<IReadOnlyList<IntakeRecord>> AllAsync(this IIntakeRepository repository)
    {
        var all = new List<IntakeRecord>();
        for (var ids = await repository.IdsAfterAsync(null, 100); ids.Count > 0; ids = await repository.IdsAfterAsync(ids[^1], 100))
        {
            foreach (var id in ids)
            {
                all.Add(await repository.FindAsync(id) ?? throw new InvalidOperationException($"{id} vanished while listing."));
            }
        }

        return [.. all.OrderByDescending(r => r.UpdatedAt)];
    }
}
