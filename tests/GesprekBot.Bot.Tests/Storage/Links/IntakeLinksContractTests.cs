using Dapper;
using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Tests.Storage.Accounts;
using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Storage.Links;

namespace GesprekBot.Bot.Tests.Storage.Links;

public abstract class IntakeLinksContractTests : RepositoryContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConversationLink C1 = new("webchat/conversations/c1", "webchat", "c1");
    private static readonly ConversationLink C2 = new("msteams/conversations/c2", "msteams", "c2");

    private IntakeLinkStore Links => new(new IntakeLinkRepository(Db.Database, Db.Protector));

    private IntakeTombstones Tombstones => new(new IntakeTombstoneRepository(Db.Database));

    [Fact]
    public async Task Links_added_at_once_by_two_conversations_are_both_kept_and_a_repeat_is_one_link()
    {
        var links = Links;
        await Task.WhenAll(
            Task.Run(() => links.AddConversationAsync("i1", C1, CancellationToken.None)),
            Task.Run(() => links.AddConversationAsync("i1", C2, CancellationToken.None)),
            Task.Run(() => links.AddResumeCodeAsync("i1", "ABCDEFGH", CancellationToken.None)));
        await links.AddConversationAsync("i1", C1, CancellationToken.None);
        await links.AddConversationAsync("i2", C1 with { StateKey = "webchat/conversations/other" }, CancellationToken.None);

        var read = await links.ReadAsync("i1", CancellationToken.None);

        Assert.Equal(new HashSet<ConversationLink> { C1, C2 }, read.Conversations.ToHashSet());
        Assert.Equal(2, read.Conversations.Count);
        Assert.Equal(["ABCDEFGH"], read.ResumeCodes);
    }

    [Fact]
    public async Task Removing_codes_and_deleting_an_intake_touch_only_that_intake()
    {
        await Links.AddConversationAsync("i1", C1, CancellationToken.None);
        await Links.AddResumeCodeAsync("i1", "ABCDEFGH", CancellationToken.None);
        await Links.AddResumeCodeAsync("i1", "JKMNPQRS", CancellationToken.None);
        await Links.AddResumeCodeAsync("i2", "ABCDEFGH", CancellationToken.None);

        await Links.RemoveResumeCodesAsync("i1", ["ABCDEFGH"], CancellationToken.None);
        Assert.Equal(["JKMNPQRS"], (await Links.ReadAsync("i1", CancellationToken.None)).ResumeCodes);

        await Links.DeleteAsync("i1", CancellationToken.None);
        var deleted = await Links.ReadAsync("i1", CancellationToken.None);
        Assert.Empty(deleted.Conversations);
        Assert.Empty(deleted.ResumeCodes);
        Assert.Equal(["ABCDEFGH"], (await Links.ReadAsync("i2", CancellationToken.None)).ResumeCodes);
    }

    [Fact]
    public async Task The_state_key_and_the_code_of_a_link_are_not_stored_in_plain_text()
    {
        await Links.AddConversationAsync("i1", new ConversationLink("webchat/conversations/ZEBRA7731", "webchat", "ZEBRA7731"), CancellationToken.None);
        await Links.AddResumeCodeAsync("i1", "ZEBRACOD", CancellationToken.None);

        await using var connection = await Db.Database.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<(byte[] Hash, byte[] Payload)>("SELECT link_hash, payload FROM intake_links;");

        Assert.Equal(2, rows.Count());
        Assert.All(rows, row => Assert.DoesNotContain(Convert.ToHexString("ZEBRA"u8), Convert.ToHexString(row.Hash) + Convert.ToHexString(row.Payload), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tombstone_is_found_until_the_purge_forgets_the_old_ones()
    {
        await Tombstones.AddAsync("old", Start, CancellationToken.None);
        await Tombstones.AddAsync("new", Start.AddDays(10), CancellationToken.None);
        await Tombstones.AddAsync("old", Start.AddDays(20), CancellationToken.None); // erased twice: the first time counts

        Assert.True(await Tombstones.ContainsAsync("old", CancellationToken.None));
        Assert.False(await Tombstones.ContainsAsync("never", CancellationToken.None));

        await Tombstones.PurgeAsync(Start.AddDays(5), CancellationToken.None);

        Assert.False(await Tombstones.ContainsAsync("old", CancellationToken.None));
        Assert.True(await Tombstones.ContainsAsync("new", CancellationToken.None));
    }
}

public sealed class SqliteIntakeLinksContractTests : IntakeLinksContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Sqlite(directory);
}

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresIntakeLinksContractTests(PostgresServerFixture server) : IntakeLinksContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Postgres(server);
}
