using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Tests.Review;
using GesprekBot.Bot.Tests.Storage.Accounts;
using GesprekBot.Bot.Tests.Storage.Conversations;
using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Storage.Audit;
using GesprekBot.Storage.Legacy;

namespace GesprekBot.Bot.Tests.Storage.Audit;

/// <summary>Audit rows have no natural key: two instances upgrading one legacy log at once must still copy each entry once.</summary>
public abstract class AuditUpgradeContractTests : RepositoryContractTests
{
    [Fact]
    public async Task Two_upgrades_of_one_legacy_log_at_once_copy_every_entry_once()
    {
        var store = new LegacyDocumentStore(Db.Database, Db.Protector);
        await new ReviewDocuments(store).UpdateAsync<List<AuditEntry>>(
            $"review/audit/{ReviewDocuments.KeyPart("CAW Oost")}",
            _ => [.. Enumerable.Range(0, 50).Select(i => new AuditEntry(ReviewSamples.At.AddSeconds(i), "u1", "Bo", AuditAction.Viewed, $"i{i}", null))],
            CancellationToken.None);
        var repository = new AuditRepository(Db.Database, Db.Protector);
        var legacy = new LegacyDocuments(Db.Database, Db.Protector);

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => new AuditUpgrade(repository).RunAsync(legacy, CancellationToken.None))));

        var entries = await new AuditLog(repository, TimeProvider.System).ReadAsync("caw oost", CancellationToken.None);
        Assert.Equal(50, entries.Count);
        Assert.Equal(50, entries.Select(e => e.IntakeId).Distinct().Count());
        Assert.Equal("i49", entries[0].IntakeId);
        Assert.Empty(await legacy.ReadPrefixAsync("review/audit/", CancellationToken.None));
    }
}

public sealed class SqliteAuditUpgradeContractTests : AuditUpgradeContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Sqlite(directory);
}

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresAuditUpgradeContractTests(PostgresServerFixture server) : AuditUpgradeContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Postgres(server);
}
