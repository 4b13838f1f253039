using GesprekBot.Bot.Tests.Storage.Accounts;
using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Intakes;
using GesprekBot.Storage.Notices;

namespace GesprekBot.Bot.Tests.Storage.Notices;

/// <summary>The Teams channels and the notice outbox (migration 7), on a real database.</summary>
public abstract class NoticeStorageContractTests : RepositoryContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private NoticeOutboxRepository Outbox => new(Db.Database);

    private TeamsChannelRepository Channels => new(Db.Database);

    [Fact]
    public async Task Queuing_twice_keeps_one_row_per_intake_and_kind_with_the_intakes_organisation()
    {
        await SaveIntakeAsync("i1", "CAW Oost");

        Assert.True(await Outbox.EnqueueAsync("i1", NoticeKind.Submitted, Now, Now, CancellationToken.None));
        Assert.False(await Outbox.EnqueueAsync("i1", NoticeKind.Submitted, Now.AddMinutes(1), Now.AddMinutes(1), CancellationToken.None));
        Assert.True(await Outbox.EnqueueAsync("i1", NoticeKind.Urgent, Now, Now, CancellationToken.None));

        var due = await Outbox.DueAsync(Now, 10, CancellationToken.None);
        Assert.Equal(2, due.Count);
        Assert.All(due, n => Assert.Equal("CAW Oost", n.Organisation));
        Assert.Equal(Now, due.Single(n => n.Kind == NoticeKind.Submitted).OccurredAt);
    }

    [Fact]
    public async Task An_intake_without_a_row_queues_nothing_and_an_erased_intake_takes_its_notices_with_it()
    {
        Assert.False(await Outbox.EnqueueAsync("missing", NoticeKind.Submitted, Now, Now, CancellationToken.None));

        var repository = await SaveIntakeAsync("i1", null);
        await Outbox.EnqueueAsync("i1", NoticeKind.Submitted, Now, Now, CancellationToken.None);
        await repository.DeleteAsync("i1");

        Assert.Empty(await Outbox.DueAsync(Now, 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_row_retried_later_is_not_due_before_its_time_and_a_completed_row_never_again()
    {
        await SaveIntakeAsync("i1", "CAW Oost");
        await SaveIntakeAsync("i2", "CAW Oost");
        await Outbox.EnqueueAsync("i1", NoticeKind.Submitted, Now, Now, CancellationToken.None);
        await Outbox.EnqueueAsync("i2", NoticeKind.Submitted, Now, Now, CancellationToken.None);

        await Outbox.RetryLaterAsync("i1", NoticeKind.Submitted, 1, Now.AddMinutes(5), 503, CancellationToken.None);
        await Outbox.CompleteAsync("i2", NoticeKind.Submitted, NoticeState.Sent, 1, 201, CancellationToken.None);

        Assert.Empty(await Outbox.DueAsync(Now.AddMinutes(4), 10, CancellationToken.None));
        var later = Assert.Single(await Outbox.DueAsync(Now.AddMinutes(5), 10, CancellationToken.None));
        Assert.Equal(("i1", 1, 503), (later.IntakeId, later.Attempts, later.LastStatus));

        // A completed row is not moved back by a late retry of another pass.
        await Outbox.RetryLaterAsync("i2", NoticeKind.Submitted, 2, Now, 503, CancellationToken.None);
        var sent = await Outbox.FindAsync("i2", NoticeKind.Submitted, CancellationToken.None);
        Assert.Equal((NoticeState.Sent, 1), (sent!.State, sent.Attempts));
    }

    [Fact]
    public async Task A_channel_is_stored_marked_gone_with_its_team_and_revived_when_the_bot_comes_back()
    {
        var channel = new StoredTeamsChannel("19:general@thread.tacv2", "19:general@thread.tacv2", "tenant-1", "https://smba.test/emea/", "28:bot", Now, null);
        await Channels.SaveAsync(channel, CancellationToken.None);
        await Channels.SaveAsync(channel with { ChannelId = "19:other@thread.tacv2", TeamId = "19:other@thread.tacv2" }, CancellationToken.None);

        Assert.Equal(1, await Channels.MarkTeamRemovedAsync(channel.TeamId, Now.AddDays(1), CancellationToken.None));
        Assert.Equal(Now.AddDays(1), (await Channels.FindAsync(channel.ChannelId, CancellationToken.None))!.RemovedAt);
        Assert.Null((await Channels.FindAsync("19:other@thread.tacv2", CancellationToken.None))!.RemovedAt);

        await Channels.SaveAsync(channel with { ServiceUrl = "https://smba.test/amer/", AddedAt = Now.AddDays(2) }, CancellationToken.None);
        var back = await Channels.FindAsync(channel.ChannelId, CancellationToken.None);
        Assert.Equal(channel with { ServiceUrl = "https://smba.test/amer/", AddedAt = Now.AddDays(2) }, back);
        Assert.Equal(2, (await Channels.AllAsync(CancellationToken.None)).Count);
    }

    private async Task<IIntakeRepository> SaveIntakeAsync(string id, string? organisation)
    {
        var repository = new SqlIntakeRepository(Db.Database, Db.Protector, new FixedPlacement(organisation));
        await repository.SaveAsync(new IntakeRecord { Id = id, ConsentAt = Now, Locale = "nl-BE", UpdatedAt = Now });
        return repository;
    }

    private sealed class FixedPlacement(string? organisation) : IIntakePlacement
    {
        public Task<string?> OrganisationOfNewAsync(IntakeRecord record, CancellationToken cancellationToken) => Task.FromResult(organisation);
    }
}

public sealed class SqliteNoticeStorageContractTests : NoticeStorageContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Sqlite(directory);
}

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresNoticeStorageContractTests(PostgresServerFixture server) : NoticeStorageContractTests
{
    private protected override Task<TestDatabase> CreateAsync(TempDirectory directory) => Providers.Postgres(server);
}
