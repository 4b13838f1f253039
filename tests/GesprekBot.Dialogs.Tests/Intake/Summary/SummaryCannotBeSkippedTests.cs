using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Intake.Summary;

/// <summary>client-walk H5: "overslaan" at "Klopt dit?" sent the intake without the client's check.</summary>
public class SummaryCannotBeSkippedTests
{
    private const string LastStep = "Dit is de laatste stap. Kies Ja om te versturen of Nee om iets aan te passen.";

    [Theory]
    [InlineData("overslaan")]
    [InlineData("volgende")]
    [InlineData("sla over")]
    [InlineData("Verder")]
    public async Task Skipping_the_check_says_what_the_choice_is_and_asks_it_again(string word)
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .Row(word, LastStep, "Klopt dit?")
            .BotOffers("Ja", "Nee")
            .AssertAsync();

        Assert.Equal(IntakeStatus.Draft, state.Record()!.Status);
        Assert.Null(state.Record()!.Code);
    }

    [Fact]
    public async Task After_a_refused_skip_yes_still_submits()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .Row("overslaan", LastStep, "Klopt dit?")
            .Row("ja", "Stap 8 van 8: afronden.")
            .BotSaysContaining("Klaar! Je code is")
            .BotSaysAnything().BotSaysAnything()
            .AssertAsync();

        Assert.Equal(IntakeStatus.Submitted, state.Record()!.Status);
    }

    [Fact]
    public async Task In_english_skip_at_the_check_does_not_send_either()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummaryInEnglish()
            .Row("skip", "This is the last step. Choose Yes to send your answers or No to change something.", "Is this right?")
            .BotOffers("Yes", "No")
            .AssertAsync();

        Assert.Equal(IntakeStatus.Draft, state.Record()!.Status);
    }
}
