using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Tests.Storage.Postgres;

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresStateStoreContractTests(PostgresServerFixture server) : StateStoreContractTests, IDisposable
{
    private readonly TempDirectory _keys = new();

    protected override Task<IStateStore> CreateStoreAsync() =>
        Task.FromResult<IStateStore>(StorageTestFactory.CreatePostgresStore(server.ConnectionString, _keys.Path));

    public void Dispose() => _keys.Dispose();
}
