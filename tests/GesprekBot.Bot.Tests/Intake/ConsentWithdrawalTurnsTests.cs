using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Tests.Protocol;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs;
using Microsoft.Extensions.Logging.Abstractions;

namespace GesprekBot.Bot.Tests.Intake;

/// <summary>Consent taken back, through the real turn pipeline, engine, hook and SQLite store: nothing stays.</summary>
public sealed class ConsentWithdrawalTurnsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory directory = new();
    private readonly ResumeCodesTests.TestClock clock = new(Now);
    private readonly ActivityProcessor processor;
    private readonly StateStoreIntakeRepository repository;
    private int activityNumber;

    public ConsentWithdrawalTurnsTests()
    {
        var store = StorageTestFactory.CreateSqliteStore(directory.Path);
        var parts = new IntakeHostParts(store, clock);
        repository = parts.Repository;
        processor = new ActivityProcessor(
            store, GesprekBotDialogs.CreateEngine(clock), new ConversationLocks(), [parts.Hook], NullLogger<ActivityProcessor>.Instance);
    }

    [Fact]
    public async Task Back_to_the_consent_and_no_deletes_the_stored_draft_name_included()
    {
        await SayAsync("c1", "hallo");
        await SayAsync("c1", "ja hoor");
        await SayAsync("c1", "Mo");
        Assert.Equal("Mo", (await repository.FindAsync(Assert.Single(await repository.ListAsync()).Id))?.PreferredName);

        await SayAsync("c1", "terug");
        await SayAsync("c1", "terug");
        await SayAsync("c1", "nee");
        var done = await SayAsync("c1", "Ja, wis alles");

        Assert.Contains(done, r => r.StartsWith("Ik heb alles gewist", StringComparison.Ordinal));
        Assert.Empty(await repository.ListAsync());
    }

    [Fact]
    public async Task Ik_wil_toch_niet_at_a_later_question_deletes_the_stored_draft()
    {
        await SayAsync("c1", "hallo");
        await SayAsync("c1", "ja");
        await SayAsync("c1", "Sam");
        await SayAsync("c1", "ik ben veel alleen");
        var id = Assert.Single(await repository.ListAsync()).Id;

        await SayAsync("c1", "ik wil toch niet meer meedoen");
        Assert.NotNull(await repository.FindAsync(id));
        await SayAsync("c1", "ja");

        Assert.Null(await repository.FindAsync(id));
        Assert.Empty(await repository.ListAsync());

        // The next message starts afresh and stores nothing before a new consent.
        await SayAsync("c1", "hallo");
        Assert.Empty(await repository.ListAsync());
    }

    public void Dispose() => directory.Dispose();

    private async Task<IReadOnlyList<string>> SayAsync(string conversation, string text)
    {
        var activity = TestActivities.Message("webchat", text, $"act-{++activityNumber}");
        activity.Conversation = new ConversationAccount { Id = conversation };
        var replies = await processor.ProcessAsync(activity, CancellationToken.None);
        return [.. replies.Select(r => r.Text ?? string.Empty)];
    }
}
