using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Tests.Intake;

/// <summary>
/// Arbitrary input at every question (fixed seeds, so a failure replays): the intake never throws,
/// never drops an answer it stored, and always reaches its end when the client keeps skipping
/// (saying "ja" where skipping is not allowed: consent and the final check).
/// </summary>
public class IntakeRandomInputTests
{
    private static readonly string[] Pool =
    [
        "", " ", "😀", "🙈🙉🙊", new string('x', 10_000), "help", "hulp", "terug", "overslaan", "verder", "pauze", "stop", "opnieuw",
        "ja", "nee", "4", "10", "-3", "elf", "zelfmoord", "ik wil dood", "hij slaat me", "ik ben dood moe", "hervat ABCD-EFGH",
        "ABCDEFGH", "mijn mama en mijn broer Tom", "niemand", "de rest later", "weet ik niet", "?", "<b>hallo</b>", "null", "{}",
        "Lies is mijn nicht", "verwijder de buurvrouw", "heel dichtbij", "emotionele steun", "dagelijks", "goed", "8",
    ];

    [Theory]
    [InlineData(20261123)]
    [InlineData(7)]
    [InlineData(4242)]
    public async Task Random_input_never_throws_never_loses_an_answer_and_skipping_reaches_the_end(int seed)
    {
        var random = new Random(seed);
        var driver = new ConversationDriver(GesprekBotDialogs.CreateEngine(new FakeTimeProvider(IntakeScript.Start)));
        await driver.StartAsync();
        await driver.SayAsync("ja");
        var stored = new Dictionary<string, string>();
        var submitted = false;
        string? recordId = driver.State.Record()?.Id;

        for (var turn = 0; turn < 250; turn++)
        {
            // Mostly noise, sometimes a skip, so the walk gets through every part of the intake.
            var input = random.Next(4) == 0 ? "overslaan" : Pool[random.Next(Pool.Length)];
            await driver.SayAsync(input);
            CheckNothingLost(driver, stored, ref recordId);
            submitted |= driver.State.Record() is { Status: IntakeStatus.Submitted, Network: not null };
        }

        for (var turn = 0; turn < 300 && driver.Last?.ConversationEnded != true; turn++)
        {
            // Consent and the final check cannot be skipped: there the client must say "ja" to go on
            // (also "ja" to a pending "delete what was kept?", which ends the conversation).
            var open = driver.State.TryGet<OpenQuestion>(IntakeSession.QuestionKey, out var question) ? question?.Key : null;
            var pendingDelete = driver.State.Get<bool>("consent.withdrawalPending");
            await driver.SayAsync(pendingDelete || open is "intake.consent" or "summary.check" ? "ja" : turn % 2 == 0 ? "verder" : "overslaan");
            CheckNothingLost(driver, stored, ref recordId);
            submitted |= driver.State.Record() is { Status: IntakeStatus.Submitted, Network: not null };
        }

        Assert.True(driver.Last?.ConversationEnded, "Skipping did not reach the end of the intake.");

        // With these seeds the walk reaches a submission (map included) at least once.
        Assert.True(submitted, "The walk never submitted an intake.");
    }

    private static void CheckNothingLost(ConversationDriver driver, Dictionary<string, string> stored, ref string? recordId)
    {
        var record = driver.State.Record();
        if (record is null || record.Status == IntakeStatus.Discarded)
        {
            return;
        }

        if (record.Id != recordId)
        {
            // "opnieuw" + "ja" started a new record on purpose; the old one was kept as discarded.
            recordId = record.Id;
            stored.Clear();
        }

        foreach (var (key, _) in stored)
        {
            Assert.True(record.Answer(key) is { Text.Length: > 0 }, $"The answer to {key} was lost.");
        }

        foreach (var answer in record.Answers)
        {
            stored[answer.QuestionKey] = answer.Text;
        }
    }
}
