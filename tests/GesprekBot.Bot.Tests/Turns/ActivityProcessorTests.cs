using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace GesprekBot.Bot.Tests.Turns;

public sealed class ActivityProcessorTests : IDisposable
{
    private const string ConsentQuestion = "Mag ik je antwoorden bewaren?";
    private const string NameQuestion = "Hoe wil je dat ik je noem?";
    private readonly TempDirectory data = new();
    private readonly List<IDisposable> stores = [];

    public void Dispose()
    {
        stores.ForEach(s => s.Dispose());
        data.Dispose();
    }

    private SqliteStateStoreHandle OpenStore()
    {
        var store = StorageTestFactory.CreateSqliteStore(data.Path);
        stores.Add(store);
        return new SqliteStateStoreHandle(store);
    }

    private static ActivityProcessor Processor(IStateStore store) => new(
        store,
        GesprekBotDialogs.CreateEngine(TimeProvider.System),
        new ConversationLocks(),
        [],
        NullLogger<ActivityProcessor>.Instance);

    private static string[] Texts(IReadOnlyList<Activity> replies) => [.. replies.Select(r => r.Text ?? string.Empty)];

    [Fact]
    public async Task First_message_gets_the_welcome_and_the_consent_question_addressed_to_the_user()
    {
        var processor = Processor(OpenStore().Store);

        var replies = await processor.ProcessAsync(ActivityBuilder.Message("a1", "hallo"), CancellationToken.None);

        Assert.Contains(ConsentQuestion, replies[^1].Text, StringComparison.Ordinal);
        Assert.All(replies, r =>
        {
            Assert.Equal("user-1", r.Recipient?.Id);
            Assert.Equal("bot", r.From?.Id);
            Assert.Equal("conv-1", r.Conversation?.Id);
            Assert.Equal("a1", r.ReplyToId);
        });
    }

    [Fact]
    public async Task A_redelivered_activity_gets_the_same_answer_and_does_not_run_twice()
    {
        var processor = Processor(OpenStore().Store);
        await processor.ProcessAsync(ActivityBuilder.Message("a1", "hallo"), CancellationToken.None);

        var first = await processor.ProcessAsync(ActivityBuilder.Message("a2", "ja"), CancellationToken.None);
        var again = await processor.ProcessAsync(ActivityBuilder.Message("a2", "ja"), CancellationToken.None);
        var next = await processor.ProcessAsync(ActivityBuilder.Message("a3", "Sam"), CancellationToken.None);

        Assert.Equal(Texts(first), Texts(again));
        Assert.Contains(NameQuestion, first[^1].Text, StringComparison.Ordinal);
        Assert.Equal("Fijn je te leren kennen, Sam.", next[0].Text);
    }

    [Fact]
    public async Task The_conversation_continues_at_its_step_after_a_restart()
    {
        var before = OpenStore();
        await Processor(before.Store).ProcessAsync(ActivityBuilder.Message("a1", "hallo"), CancellationToken.None);
        await Processor(before.Store).ProcessAsync(ActivityBuilder.Message("a2", "ja"), CancellationToken.None);
        before.Store.Dispose();

        var after = Processor(OpenStore().Store);
        var replies = await after.ProcessAsync(ActivityBuilder.Message("a3", "Sam"), CancellationToken.None);

        Assert.Equal("Fijn je te leren kennen, Sam.", replies[0].Text);
    }

    [Fact]
    public async Task Activities_that_are_not_turns_are_ignored_and_store_nothing()
    {
        var store = OpenStore().Store;
        var typing = ActivityBuilder.Message("t1", "x");
        typing.Type = ActivityTypes.Typing;

        var replies = await Processor(store).ProcessAsync(typing, CancellationToken.None);

        Assert.Empty(replies);
        Assert.Null(await store.ReadAsync("emulator/conversations/conv-1"));
    }

    [Fact]
    public async Task A_write_that_loses_a_race_runs_the_turn_again_on_the_winners_state()
    {
        var real = OpenStore().Store;
        await Processor(real).ProcessAsync(ActivityBuilder.Message("a1", "hallo"), CancellationToken.None);

        // Another instance answers "ja" on the same conversation just before our write lands.
        var racing = new RacingStore(real, async () =>
            await Processor(real).ProcessAsync(ActivityBuilder.Message("b1", "ja"), CancellationToken.None));
        var replies = await Processor(racing).ProcessAsync(ActivityBuilder.Message("a2", "Sam"), CancellationToken.None);

        Assert.Equal(2, racing.Writes);
        Assert.Equal("Fijn je te leren kennen, Sam.", replies[0].Text);
    }

    [Fact]
    public async Task Conflicts_that_never_end_are_surfaced_not_swallowed()
    {
        var real = OpenStore().Store;
        var alwaysLosing = new RacingStore(real, () => real.WriteAsync("emulator/conversations/conv-1", "{}", "*"), everyTime: true);

        await Assert.ThrowsAsync<StoreConflictException>(() =>
            Processor(alwaysLosing).ProcessAsync(ActivityBuilder.Message("a1", "hallo"), CancellationToken.None));
        Assert.Equal(ActivityProcessor.MaxAttempts, alwaysLosing.Writes);
    }

    [Fact]
    public async Task Parallel_activities_of_one_conversation_each_run_exactly_once()
    {
        var processor = Processor(OpenStore().Store);
        await processor.ProcessAsync(ActivityBuilder.Message("a0", "hallo"), CancellationToken.None);

        // Ten refusals at once. Run one after the other they give: refusal (the conversation ends),
        // a new welcome, and that cycle again. Any lost or doubled turn would change these counts.
        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            processor.ProcessAsync(ActivityBuilder.Message($"p{i}", "nee"), CancellationToken.None)));

        int Count(string fragment) => results.Count(r => r.Any(a => a.Text!.Contains(fragment, StringComparison.Ordinal)));
        Assert.Equal(5, Count("Ik bewaar niets"));
        Assert.Equal(5, Count("Hallo, ik ben GesprekBot."));
    }

    private sealed record SqliteStateStoreHandle(GesprekBot.Storage.Sqlite.SqliteStateStore Store);
}
