using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Tests.Storage;

public sealed class SqliteStateStoreContractTests : StateStoreContractTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    protected override Task<IStateStore> CreateStoreAsync() =>
        Task.FromResult<IStateStore>(StorageTestFactory.CreateSqliteStore(Path.Combine(_directory.Path, "data")));

    // xunit runs this after DisposeAsync has disposed the store.
    public void Dispose() => _directory.Dispose();
}
