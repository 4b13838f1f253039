using GesprekBot.Storage.Database;

namespace GesprekBot.Bot.Tests.Storage.Intakes;

public sealed class SqliteIntakeQueryContractTests : IntakeQueryContractTests, IDisposable
{
    private readonly TempDirectory directory = new();

    protected override Task<StorageDatabase> CreateDatabaseAsync() => Task.FromResult(IntakeTestStorage.Sqlite(Path.Combine(directory.Path, "data")));

    // xunit runs this after DisposeAsync has disposed the database.
    public void Dispose() => directory.Dispose();
}
