using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Intake.Summary;

/// <summary>s01: "mijn naam is kevin, niet ik ben kevin" at "Klopt dit?" changed nothing and became a note (H6).</summary>
public class SummaryNameCorrectionTranscriptTests
{
    [Theory]
    [InlineData("mijn naam is kevin, niet ik ben kevin", "Kevin")]
    [InlineData("noem mij liever Kev", "Kev")]
    public async Task A_name_correction_changes_the_name_says_so_and_shows_the_summary_again(string correction, string name)
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays(correction)
            .BotSays($"Ik heb je naam aangepast. Ik noem je nu {name}.")
            .BotReplies(r => Assert.Contains($"- Naam: {name}\n", r.Text, StringComparison.Ordinal))
            .BotSays("Klopt dit?")
            .UserSays("ja")
            .BotSays("Stap 8 van 8: afronden.")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .Then((_, conversation) => Assert.Contains(
                $"\"preferredName\":\"{name}\"", conversation.Stack[0].State.GetRawText(), StringComparison.Ordinal))
            .AssertAsync();

        var record = state.Record()!;
        Assert.Equal(name, record.PreferredName);
        Assert.DoesNotContain(record.Answers, a => a.QuestionKey.StartsWith("summary.note", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_English_my_name_is_Sarah_not_Sara_corrects_the_name()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummaryInEnglish()
            .UserSays("my name is Sarah, not Sara")
            .BotSays("I changed your name. I'll call you Sarah now.")
            .BotReplies(r => Assert.Contains("Sarah", r.Text, StringComparison.Ordinal))
            .BotSays("Is this right?")
            .AssertAsync();

        Assert.Equal("Sarah", state.Record()!.PreferredName);
    }
}
