using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Tests.Erasure;
using GesprekBot.Bot.Tests.Protocol;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Tests.Storage.Intakes;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Intake;

/// <summary>Erasure through the real turn pipeline, engine, hook and SQLite store: races, resume codes, the purge, "opnieuw".</summary>
public sealed class IntakeErasureTurnsTests : IDisposable
{
    private const string Secret = "mijn geheim 12345";
    private const string ErasedElsewhere = "Je gegevens werden gewist. Dit gesprek is afgesloten. Je kan altijd opnieuw beginnen.";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory directory = new();
    private readonly FakeTimeProvider clock = new(Now);
    private readonly SqliteStateStore store;
    private readonly IntakeHostParts parts;
    private readonly EraseDuringTurnHook racer;
    private readonly ActivityProcessor processor;
    private int activityNumber;

    public IntakeErasureTurnsTests()
    {
        store = StorageTestFactory.CreateSqliteStore(directory.Path);
        parts = new IntakeHostParts(store, clock, directory.Path, serviceName: "CAW Oost");
        racer = new EraseDuringTurnHook(parts.Erasure);
        processor = new ActivityProcessor(
            store, GesprekBotDialogs.CreateEngine(clock), new ConversationLocks(), [racer, parts.Hook], NullLogger<ActivityProcessor>.Instance);
    }

    public void Dispose()
    {
        store.Dispose();
        directory.Dispose();
    }

    [Fact]
    public async Task A_caseworker_deleting_while_a_turn_runs_is_not_undone_by_that_turn_and_the_client_is_told()
    {
        var id = await PlantAsync("c1");
        racer.EraseNext = id;

        var replies = await SayAsync("c1", "ik wil meer vrienden");

        Assert.Equal([ErasedElsewhere], replies);
        Assert.Empty(await parts.Repository.AllAsync());
        Assert.Null(await parts.Repository.FindAsync(id));
        Assert.Empty(await KeysContainingAsync(Secret));
        Assert.Empty(await KeysContainingAsync("ik wil meer vrienden"));
    }

    [Fact]
    public async Task A_conversation_the_delete_could_not_reach_drops_the_record_at_its_next_message()
    {
        var id = await PlantAsync("c1");
        await parts.Links.DeleteAsync(id, CancellationToken.None); // as for a conversation published before links existed
        await parts.Erasure.EraseAsync(id, ErasureOrigin.Caseworker, currentStateKey: null, CancellationToken.None);

        Assert.Equal([ErasedElsewhere], await SayAsync("c1", "ik wil meer vrienden"));
        Assert.Empty(await parts.Repository.AllAsync());
        Assert.Empty(await KeysContainingAsync(Secret));
    }

    [Fact]
    public async Task Resume_codes_of_an_erased_intake_open_nothing()
    {
        await PlantAsync("c1");
        var code = (await SayAsync("c1", "pauze"))[0].Split("hervat ")[1][..9];
        var id = Assert.Single(await parts.Repository.AllAsync()).Id;

        await parts.Erasure.EraseAsync(id, ErasureOrigin.Caseworker, currentStateKey: null, CancellationToken.None);

        Assert.StartsWith("Die code ken ik niet.", (await SayAsync("c2", $"hervat {code}"))[0], StringComparison.Ordinal);
        Assert.False(await parts.HasResumeCodeAsync(code.Replace("-", string.Empty, StringComparison.Ordinal)));
        Assert.Empty(await KeysContainingAsync(Secret));
    }

    [Fact]
    public async Task The_purge_erases_an_old_draft_with_its_conversation_and_codes_and_drops_expired_codes_of_live_intakes()
    {
        var old = await PlantAsync("c1");
        var oldCode = Compact((await SayAsync("c1", "pauze"))[0]);
        clock.SetUtcNow(Now.AddDays(29));
        await SayAsync("c2", "hallo");
        await SayAsync("c2", "ja");
        var liveCode = Compact((await SayAsync("c2", "pauze"))[0]);
        await SayAsync("c2", "hallo");
        clock.SetUtcNow(Now.AddDays(60));
        await SayAsync("c2", "Sam");
        var live = Assert.Single(await parts.Repository.AllAsync(), e => e.Id != old).Id;
        var service = new IntakeRetentionService(parts.Erasure, parts.ResumeCodes, new IntakeOptions(), clock, NullLogger<IntakeRetentionService>.Instance);

        await service.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal([live], (await parts.Repository.AllAsync()).Select(e => e.Id));
        Assert.Null(await store.ReadAsync("webchat/conversations/c1"));
        Assert.False(await parts.HasResumeCodeAsync(oldCode));
        Assert.False(await parts.HasResumeCodeAsync(liveCode));
        Assert.Empty((await parts.Links.ReadAsync(live, CancellationToken.None)).ResumeCodes);
        Assert.Empty(await KeysContainingAsync(Secret));
    }

    [Fact]
    public async Task Opnieuw_erases_the_old_record_for_real()
    {
        var id = await PlantAsync("c1");

        await SayAsync("c1", "opnieuw");
        await SayAsync("c1", "ja");

        Assert.Null(await parts.Repository.FindAsync(id));
        Assert.Empty(await parts.Repository.AllAsync());
        Assert.Empty(await KeysContainingAsync(Secret));
    }

    [Fact]
    public async Task Before_consent_the_request_forgets_the_transcript_and_names_the_configured_service()
    {
        var record = new GesprekBot.Bot.Channels.DirectLine.ConversationRecord("c1", "user-1", null, null, "nl-BE", "webchat", Now);
        Assert.True(await parts.DirectLine.TryCreateAsync(record, CancellationToken.None));
        await parts.DirectLine.AppendAsync("c1", [TestActivities.Message("webchat", "ik heet Xandrijn en ik woon in de Kerkstraat")], CancellationToken.None);
        await SayAsync("c1", "hallo");

        var replies = await SayAsync("c1", "wis mijn gegevens");

        Assert.Contains(replies, r => r.Contains("Vraag het aan je hulpverlener bij CAW Oost", StringComparison.Ordinal));
        Assert.Empty((await parts.DirectLine.ReadLogAsync("c1", CancellationToken.None)).Activities);
        Assert.Equal(2, (await parts.DirectLine.ReadLogAsync("c1", CancellationToken.None)).NextSequence);
        Assert.Empty(await KeysContainingAsync("Xandrijn"));
    }

    [Fact]
    public async Task Tombstones_are_kept_for_the_retention_period_and_then_forgotten()
    {
        await parts.Tombstones.AddAsync("old", Now.AddDays(-40), CancellationToken.None);
        await parts.Tombstones.AddAsync("recent", Now.AddDays(-3), CancellationToken.None);

        await parts.Tombstones.PurgeAsync(Now.AddDays(-30), CancellationToken.None);

        Assert.False(await parts.Tombstones.ContainsAsync("old", CancellationToken.None));
        Assert.True(await parts.Tombstones.ContainsAsync("recent", CancellationToken.None));
        Assert.Empty(await KeysContainingAsync("\"old\""));
    }

    private static string Compact(string pauseReply) => pauseReply.Split("hervat ")[1][..9].Replace("-", string.Empty, StringComparison.Ordinal);

    /// <summary>Consent, a name and the secret answer; answers the record's id.</summary>
    private async Task<string> PlantAsync(string conversation)
    {
        await SayAsync(conversation, "hallo");
        await SayAsync(conversation, "ja");
        await SayAsync(conversation, "Sam");
        await SayAsync(conversation, Secret);
        var entry = Assert.Single(await parts.Repository.AllAsync());
        Assert.NotEmpty(await KeysContainingAsync(Secret));
        return entry.Id;
    }

    private async Task<IReadOnlyList<string>> KeysContainingAsync(string text)
    {
        var options = StorageTestFactory.SqliteOptions(directory.Path);
        return await StoreScan.KeysContainingAsync(options.SqliteDatabasePath, StorageTestFactory.CreateProtector(options.KeysDirectory!), text);
    }

    private async Task<IReadOnlyList<string>> SayAsync(string conversation, string text)
    {
        var activity = TestActivities.Message("webchat", text, $"act-{++activityNumber}");
        activity.Conversation = new ConversationAccount { Id = conversation };
        var replies = await processor.ProcessAsync(activity, CancellationToken.None);
        return [.. replies.Select(r => r.Text ?? string.Empty)];
    }

    /// <summary>A caseworker's delete landing after the engine ran and before the intake hook saves: the narrowest race.</summary>
    private sealed class EraseDuringTurnHook(IntakeErasure erasure) : ITurnHook
    {
        public string? EraseNext { get; set; }

        public Task<Dialogs.Engine.State.ConversationState> BeforeTurnAsync(TurnHookContext context, Dialogs.Engine.State.ConversationState state, CancellationToken cancellationToken) =>
            Task.FromResult(state);

        public async Task AfterTurnAsync(TurnHookContext context, Dialogs.Engine.State.ConversationState state, TurnResult result, CancellationToken cancellationToken)
        {
            if (EraseNext is { } id)
            {
                EraseNext = null;
                await erasure.EraseAsync(id, ErasureOrigin.Caseworker, currentStateKey: null, cancellationToken);
            }
        }
    }
}
