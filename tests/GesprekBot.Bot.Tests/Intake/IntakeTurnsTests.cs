using GesprekBot.Bot.Intake;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Tests.Protocol;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Tests.Storage.Intakes;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs;
using GesprekBot.Dialogs.Intake;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Intake;

/// <summary>The intake through the real turn pipeline, engine, hook and SQLite store.</summary>
public sealed class IntakeTurnsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory directory = new();
    private readonly FakeTimeProvider clock = new(Now);
    private readonly ActivityProcessor processor;
    private readonly IIntakeRepository repository;
    private int activityNumber;

    public IntakeTurnsTests()
    {
        var store = StorageTestFactory.CreateSqliteStore(directory.Path);
        var parts = new IntakeHostParts(store, clock, directory.Path);
        repository = parts.Repository;
        processor = new ActivityProcessor(
            store, GesprekBotDialogs.CreateEngine(clock), new ConversationLocks(), [parts.Hook], NullLogger<ActivityProcessor>.Instance);
    }

    [Fact]
    public async Task Without_consent_the_repository_gets_nothing()
    {
        await SayAsync("c1", "hallo");
        await SayAsync("c1", "nee");

        Assert.Empty(await repository.AllAsync());
    }

    [Fact]
    public async Task Every_turn_after_consent_saves_the_draft()
    {
        await SayAsync("c1", "hallo");
        await SayAsync("c1", "ja");
        await SayAsync("c1", "Sam");
        await SayAsync("c1", "ik ben veel alleen");

        var entry = Assert.Single(await repository.AllAsync());
        var record = await repository.FindAsync(entry.Id);
        Assert.Equal(IntakeStatus.Draft, record?.Status);
        Assert.Equal("Sam", record?.PreferredName);
        Assert.Equal("ik ben veel alleen", record?.Answer("qbq.why")?.Text);
    }

    [Fact]
    public async Task A_resume_code_continues_the_paused_intake_in_a_new_conversation_once()
    {
        await SayAsync("c1", "hallo");
        await SayAsync("c1", "ja");
        await SayAsync("c1", "Sam");
        var paused = await SayAsync("c1", "pauze");
        var code = paused[0].Split("hervat ")[1][..9];

        var resumed = await SayAsync("c2", $"hervat {code}");
        Assert.Equal(["Welkom terug! We gaan verder waar je was.", "Wat brengt je hier?"], resumed);
        Assert.Equal(["Waarmee zou je graag geholpen worden?"], await SayAsync("c2", "ik ben veel alleen"));

        var again = await SayAsync("c3", $"hervat {code}");
        Assert.StartsWith("Die code ken ik niet.", again[0], StringComparison.Ordinal);

        var record = await repository.FindAsync(Assert.Single(await repository.AllAsync()).Id);
        Assert.Equal("ik ben veel alleen", record?.Answer("qbq.why")?.Text);
    }

    [Fact]
    public async Task A_bare_code_typed_at_the_welcome_resumes_too()
    {
        await SayAsync("c1", "hallo");
        await SayAsync("c1", "ja");
        var paused = await SayAsync("c1", "stop");
        var code = paused[0].Split("hervat ")[1][..9];

        await SayAsync("c2", "hallo");
        var resumed = await SayAsync("c2", code.ToLowerInvariant());

        Assert.Equal("Welkom terug! We gaan verder waar je was.", resumed[0]);
        Assert.Contains("Hoe wil je dat ik je noem?", resumed[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_five_codes_that_open_nothing_a_conversation_tries_no_code_for_a_quarter_of_an_hour()
    {
        // Security probe: codes have about 40 bits and a script tried about 1,000 a second.
        await SayAsync("c1", "hallo");
        await SayAsync("c1", "ja");
        await SayAsync("c1", "Sam");
        var code = (await SayAsync("c1", "pauze"))[0].Split("hervat ")[1][..9];
        string[] wrong = ["ABCD-EFGH", "BCDE-FGHJ", "CDEF-GHJK", "DEFG-HJKM", "EFGH-JKMN"];
        foreach (var guess in wrong)
        {
            Assert.StartsWith("Die code ken ik niet.", (await SayAsync("c2", $"hervat {guess}"))[0], StringComparison.Ordinal);
        }

        var refused = await SayAsync("c2", $"hervat {code}");
        Assert.StartsWith("Je hebt te veel codes geprobeerd", refused[0], StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(15));
        var resumed = await SayAsync("c2", $"hervat {code}");
        Assert.Equal("Welkom terug! We gaan verder waar je was.", resumed[0]);
    }

    [Fact]
    public async Task A_submitted_intake_is_in_the_repository_with_its_code()
    {
        string[] answers = ["hallo", "ja", "Sam", "alleen", "vrienden", "ja"];
        foreach (var answer in answers)
        {
            await SayAsync("c1", answer);
        }

        // "Klopt dit?" cannot be skipped: the client confirms it.
        var next = "overslaan";
        for (var turn = 0; turn < 80; turn++)
        {
            var replies = await SayAsync("c1", next);
            if (replies.Any(r => r.StartsWith("Klaar! Je code is ", StringComparison.Ordinal)))
            {
                break;
            }

            next = replies.Contains("Klopt dit?") ? "ja" : "overslaan";
        }

        var entry = Assert.Single(await repository.AllAsync());
        Assert.Equal(IntakeStatus.Submitted, entry.Status);
        Assert.Matches("^[2-9A-Z]{8}$", entry.Code);
    }

    // Consent taken back (client-walk H4): nothing of it stays in the repository.
    [Fact]
    public async Task Back_to_the_consent_and_no_deletes_the_stored_draft_name_included()
    {
        await SayAsync("c1", "hallo");
        await SayAsync("c1", "ja hoor");
        await SayAsync("c1", "Mo");
        Assert.Equal("Mo", (await repository.FindAsync(Assert.Single(await repository.AllAsync()).Id))?.PreferredName);

        await SayAsync("c1", "terug");
        await SayAsync("c1", "terug");
        await SayAsync("c1", "nee");
        var done = await SayAsync("c1", "Ja, wis alles");

        Assert.Contains(done, r => r.StartsWith("Ik heb alles gewist", StringComparison.Ordinal));
        Assert.Empty(await repository.AllAsync());
    }

    [Fact]
    public async Task Ik_wil_toch_niet_at_a_later_question_deletes_the_stored_draft()
    {
        await SayAsync("c1", "hallo");
        await SayAsync("c1", "ja");
        await SayAsync("c1", "Sam");
        await SayAsync("c1", "ik ben veel alleen");
        var id = Assert.Single(await repository.AllAsync()).Id;

        await SayAsync("c1", "ik wil toch niet meer meedoen");
        Assert.NotNull(await repository.FindAsync(id));
        await SayAsync("c1", "ja");

        Assert.Null(await repository.FindAsync(id));
        Assert.Empty(await repository.AllAsync());

        // The next message starts afresh and stores nothing before a new consent.
        await SayAsync("c1", "hallo");
        Assert.Empty(await repository.AllAsync());
    }

    public void Dispose() => directory.Dispose();

    private async Task<IReadOnlyList<string>> SayAsync(string conversation, string text)
    {
        var replies = await processor.ProcessAsync(Activity(conversation, text), CancellationToken.None);
        return [.. replies.Select(r => r.Text ?? string.Empty)];
    }

    private Activity Activity(string conversation, string text)
    {
        var activity = TestActivities.Message("webchat", text, $"act-{++activityNumber}");
        activity.Conversation = new ConversationAccount { Id = conversation };
        return activity;
    }
}
