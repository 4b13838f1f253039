using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Storage;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Storage.DirectLine;

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresDirectLineTablesContractTests(PostgresServerFixture server) : DirectLineTablesContractTests, IDisposable
{
    private readonly TempDirectory keys = new();

    protected override string KeysDirectory => keys.Path;

    protected override StorageDatabase CreateDatabase() =>
        new PostgresDatabase(
            Options.Create(new StorageOptions { Provider = StorageProviders.Postgres, ConnectionStrings = { Postgres = server.ConnectionString } }),
            TimeProvider.System,
            NullLogger<PostgresDatabase>.Instance);

    // xunit runs this after DisposeAsync has closed the databases.
    public void Dispose() => keys.Dispose();
}
