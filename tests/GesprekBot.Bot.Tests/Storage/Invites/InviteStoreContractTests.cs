using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Invites;
using GesprekBot.Bot.Tests.Review;
using GesprekBot.Bot.Tests.Storage.Accounts;
using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Storage.Invites;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Storage.Invites;

public abstract class InviteStoreContractTests : RepositoryContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly ReviewUser West = new("u1", "An Wouters", "CAW West", IsAdmin: false);
    private readonly FakeTimeProvider _time = new(Start);

    private InviteRepository Repository => new(Db.Database, Db.Protector);

    [Fact]
    public async Task A_created_invite_is_found_in_any_case_with_spaces_around_it()
    {
        var invite = await new InviteStore(Repository, _time).CreateAsync(West, CancellationToken.None);

        var found = await new InviteStore(Repository, _time).FindAsync($"  {invite.Code.ToLowerInvariant()} ", CancellationToken.None);

        Assert.Equal(new Invite(invite.Code, "CAW West", Start, "An Wouters"), found);
        Assert.Null(await new InviteStore(Repository, _time).FindAsync("ZZZZZZZZZZ", CancellationToken.None));
        Assert.Null(await new InviteStore(Repository, _time).FindAsync("  ", CancellationToken.None));
    }

    [Fact]
    public async Task An_organisation_sees_its_own_invites_newest_first_whatever_the_case_of_its_name()
    {
        var store = new InviteStore(Repository, _time);
        var first = await store.CreateAsync(West, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        await store.CreateAsync(new ReviewUser("u2", "Bo", "CAW Oost", IsAdmin: false), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await store.CreateAsync(West with { Organisation = "caw west " }, CancellationToken.None);

        var west = await store.ForAsync("CAW WEST", CancellationToken.None);

        Assert.Equal([second.Code, first.Code], west.Select(i => i.Code));
        Assert.Equal(3, (await store.AllAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_code_taken_by_another_organisation_is_drawn_again()
    {
        var codes = new Queue<string>(["ABCDEFGHJK", "ABCDEFGHJK", "MNPQRSTUVW"]);
        var store = new InviteStore(Repository, _time, codes.Dequeue);
        var oost = await store.CreateAsync(new ReviewUser("u2", "Bo", "CAW Oost", IsAdmin: false), CancellationToken.None);

        var west = await store.CreateAsync(West, CancellationToken.None);

        Assert.Equal(("ABCDEFGHJK", "MNPQRSTUVW"), (oost.Code, west.Code));
        Assert.Equal("CAW Oost", (await store.FindAsync("abcdefghjk", CancellationToken.None))!.Organisation);
    }

    [Fact]
    public async Task The_repository_refuses_a_taken_code_in_another_case()
    {
        Assert.True(await Repository.TryAddAsync(new StoredInvite("ABCDEFGHJK", "CAW Oost", Start, "Bo"), CancellationToken.None));

        Assert.False(await Repository.TryAddAsync(new StoredInvite("abcdefghjk", "CAW West", Start, "An"), CancellationToken.None));
        Assert.Equal("CAW Oost", (await Repository.FindAsync("ABCDEFGHJK", CancellationToken.None))!.Organisation);
    }
}

public sealed class SqliteInviteStoreContractTests : InviteStoreContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Sqlite(directory);
}

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresInviteStoreContractTests(PostgresServerFixture server) : InviteStoreContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Postgres(server);
}
