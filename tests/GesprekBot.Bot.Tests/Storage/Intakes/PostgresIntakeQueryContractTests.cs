using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Storage.Database;

namespace GesprekBot.Bot.Tests.Storage.Intakes;

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresIntakeQueryContractTests(PostgresServerFixture server) : IntakeQueryContractTests
{
    protected override async Task<StorageDatabase> CreateDatabaseAsync() => IntakeTestStorage.Postgres(await server.CreateDatabaseAsync());
}
