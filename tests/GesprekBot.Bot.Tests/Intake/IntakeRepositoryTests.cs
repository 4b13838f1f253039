using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;
using Microsoft.Extensions.Logging.Abstractions;

namespace GesprekBot.Bot.Tests.Intake;

public sealed class IntakeRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task A_saved_record_reads_back_whole_from_real_sqlite()
    {
        var repository = new StateStoreIntakeRepository(StorageTestFactory.CreateSqliteStore(directory.Path));
        var record = Record("a1") with
        {
            PreferredName = "Sam",
            Answers = [new IntakeAnswer("scaling.score", Technique.Scaling, "een dikke vier", "4", AnsweredBy.Client, Now)],
            Urgent = [new UrgentFlag(Now, CrisisCategory.Suicide, ["zelfmoord"], "qbq.why")],
            Network = new NetworkMap { Members = [new NetworkMember { Id = "m1", Label = "mama", Ring = 1 }] },
        };

        await repository.SaveAsync(record);
        var read = await repository.FindAsync("a1");

        Assert.NotNull(read);
        Assert.Equal("Sam", read.PreferredName);
        Assert.Equal("4", Assert.Single(read.Answers).Value);
        Assert.Equal(CrisisCategory.Suicide, Assert.Single(read.Urgent).Category);
        Assert.Equal("mama", Assert.Single(read.Network!.Members).Label);
    }

    [Fact]
    public async Task Saving_again_replaces_the_record_and_its_index_entry()
    {
        var repository = new StateStoreIntakeRepository(StorageTestFactory.CreateSqliteStore(directory.Path));
        await repository.SaveAsync(Record("a1"));
        await repository.SaveAsync(Record("a1") with { Status = IntakeStatus.Submitted, Code = "ABCDEFGH", UpdatedAt = Now.AddMinutes(5) });

        Assert.Equal(IntakeStatus.Submitted, (await repository.FindAsync("a1"))?.Status);
        var entry = Assert.Single(await repository.ListAsync());
        Assert.Equal(("a1", "ABCDEFGH", IntakeStatus.Submitted), (entry.Id, entry.Code, entry.Status));
    }

    [Fact]
    public async Task The_list_holds_every_record_newest_first_also_when_saved_concurrently()
    {
        var repository = new StateStoreIntakeRepository(StorageTestFactory.CreateSqliteStore(directory.Path));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => repository.SaveAsync(Record($"r{i}") with { UpdatedAt = Now.AddMinutes(i) })));

        var list = await repository.ListAsync();

        Assert.Equal(["r7", "r6", "r5", "r4", "r3", "r2", "r1", "r0"], list.Select(e => e.Id));
    }

    [Fact]
    public async Task Many_intakes_saving_at_the_same_moment_all_succeed_and_are_all_listed()
    {
        // A disk whose writes take a moment (fsync) widens the window between reading and writing the index.
        using var repository = new StateStoreIntakeRepository(new SlowWritesStore(StorageTestFactory.CreateSqliteStore(directory.Path), TimeSpan.FromMilliseconds(3)));

        // Like 64 clients answering at once, each answer saving its draft.
        await Task.WhenAll(Enumerable.Range(0, 256).Select(i => repository.SaveAsync(Record($"c{i % 64}") with { UpdatedAt = Now.AddSeconds(i) })));

        Assert.Equal(64, (await repository.ListAsync()).Count);
    }

    [Fact]
    public async Task Delete_removes_the_record_and_its_index_entry()
    {
        var repository = new StateStoreIntakeRepository(StorageTestFactory.CreateSqliteStore(directory.Path));
        await repository.SaveAsync(Record("a1"));
        await repository.SaveAsync(Record("a2"));

        await repository.DeleteAsync("a1");
        await repository.DeleteAsync("missing");

        Assert.Null(await repository.FindAsync("a1"));
        Assert.Equal(["a2"], (await repository.ListAsync()).Select(e => e.Id));
    }

    [Fact]
    public async Task Purge_removes_old_drafts_and_discarded_records_but_keeps_submitted_and_recent_ones()
    {
        var repository = new StateStoreIntakeRepository(StorageTestFactory.CreateSqliteStore(directory.Path));
        await repository.SaveAsync(Record("old-draft") with { UpdatedAt = Now.AddDays(-40) });
        await repository.SaveAsync(Record("old-discarded") with { Status = IntakeStatus.Discarded, UpdatedAt = Now.AddDays(-31) });
        await repository.SaveAsync(Record("old-submitted") with { Status = IntakeStatus.Submitted, UpdatedAt = Now.AddDays(-40) });
        await repository.SaveAsync(Record("new-draft"));

        var purged = await repository.PurgeUnsubmittedAsync(Now.AddDays(-30));

        Assert.Equal(2, purged);
        Assert.Equal(["new-draft", "old-submitted"], (await repository.ListAsync()).Select(e => e.Id));
    }

    [Fact]
    public async Task The_retention_service_purges_with_the_configured_retention()
    {
        var clock = new ResumeCodesTests.TestClock(Now);
        var parts = new IntakeHostParts(StorageTestFactory.CreateSqliteStore(directory.Path), directory.Path, clock);
        var repository = parts.Repository;
        await repository.SaveAsync(Record("old") with { UpdatedAt = Now.AddDays(-8) });
        await repository.SaveAsync(Record("recent") with { UpdatedAt = Now.AddDays(-6) });
        var service = new IntakeRetentionService(
            parts.Erasure, parts.ResumeCodes, new IntakeOptions { Retention = TimeSpan.FromDays(7) }, clock, NullLogger<IntakeRetentionService>.Instance);

        await service.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(["recent"], (await repository.ListAsync()).Select(e => e.Id));
    }

    [Fact]
    public async Task An_unknown_id_is_null() =>
        Assert.Null(await new StateStoreIntakeRepository(StorageTestFactory.CreateSqliteStore(directory.Path)).FindAsync("nope"));

    public void Dispose() => directory.Dispose();

    private static IntakeRecord Record(string id) => new() { Id = id, ConsentAt = Now, Locale = "nl-BE", UpdatedAt = Now };
}
