using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Storage.Database;

namespace GesprekBot.Bot.Tests.Storage.Intakes;

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresIntakeRepositoryContractTests(PostgresServerFixture server) : IntakeRepositoryContractTests
{
    // A database per test: the purge and the lists look at every row.
    protected override async Task<StorageDatabase> CreateDatabaseAsync() => IntakeTestStorage.Postgres(await server.CreateDatabaseAsync());
}
