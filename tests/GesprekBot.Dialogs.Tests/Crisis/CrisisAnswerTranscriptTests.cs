using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static GesprekBot.Dialogs.Tests.Crisis.CrisisTranscriptTests;

namespace GesprekBot.Dialogs.Tests.Crisis;

/// <summary>A crisis sentence that answers the open question is kept as that answer, and not asked again (H9).</summary>
public class CrisisAnswerTranscriptTests
{
    [Fact]
    public async Task A_crisis_sentence_at_an_open_question_is_its_answer_and_the_next_question_waits_for_the_choice()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToMiracle()
            .UserSays("mijn vriend slaat me dan niet meer")
            .BotSaysContaining(Violence)
            .BotSays(Others)
            .BotSaysContaining("Ik schrijf dit op voor je hulpverlener.")
            .BotSays(Choice)
            .BotSaysNothingMore()
            .Row("verder", GoOn, "Wat nog meer?")
            .AssertAsync();

        var record = state.Record()!;
        Assert.Equal("mijn vriend slaat me dan niet meer", record.Answer("miracle.different")?.Text);
        var flag = Assert.Single(record.Urgent);
        Assert.Equal("miracle.different", flag.QuestionKey);
        Assert.True(flag.IsAnswer);
    }

    [Fact]
    public async Task The_first_questions_are_not_answered_by_a_crisis_sentence_so_it_is_never_quoted_back_as_the_clients_question()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row("ik voel me slecht", "Waarmee zou je graag geholpen worden?")
            .UserSays("ik wil dood")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSays(Choice)
            .Row("verder", GoOn, "Waarmee zou je graag geholpen worden?")
            .AssertAsync();
    }

    [Fact]
    public async Task In_the_network_inventory_the_people_named_in_a_violence_message_are_written_down_and_the_violence_is_flagged()
    {
        // s05: "mijn vriend tim, maar mijn vriend slaat mij soms" at the family question.
        var driver = new ConversationDriver(GesprekBotDialogs.CreateEngine(new FakeTimeProvider(IntakeScript.Start), new IntakeOptions()));
        foreach (var text in new[] { "hoi", "ja", "Sam" })
        {
            await driver.SayAsync(text);
        }

        for (var i = 0; i < 30 && !driver.Last!.Replies[^1].Text.Contains("(1/7)", StringComparison.Ordinal); i++)
        {
            await driver.SayAsync("overslaan");
        }

        Assert.Contains("(1/7) Gezin en familie", driver.Last!.Replies[^1].Text, StringComparison.Ordinal);
        var replies = await driver.SayAsync("mijn vriend tim, maar mijn vriend slaat mij soms");

        Assert.Contains(replies, r => r.StartsWith(Violence, StringComparison.Ordinal));
        Assert.Contains(replies, r => r.StartsWith("Ik schrijf op: Tim", StringComparison.Ordinal));
        Assert.Equal(Choice, replies[^1]);
        Assert.DoesNotContain(replies, r => r.Contains("Gezin en familie", StringComparison.Ordinal));
        var flag = Assert.Single(driver.State.Record()!.Urgent);
        Assert.Equal(CrisisCategory.Violence, flag.Category);
        Assert.True(flag.IsAnswer);
        Assert.Equal("network", flag.QuestionKey);

        var next = await driver.SayAsync("verder");
        Assert.Equal([GoOn, "(2/7) Vrienden. Wie zijn je vrienden?"], next);
        for (var i = 0; i < 30 && driver.State.Record()!.Network is null; i++)
        {
            await driver.SayAsync("overslaan");
        }

        Assert.Contains(driver.State.Record()!.Network!.Members, m => m.Name == "Tim");
    }
}
