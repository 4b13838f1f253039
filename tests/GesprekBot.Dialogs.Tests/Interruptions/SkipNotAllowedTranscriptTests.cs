using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Interruptions;

/// <summary>
/// Questions that "overslaan" may not decide (consent), and skips that were acknowledged twice
/// (client-walk L2: "Oké, we slaan deze vraag over." followed by "Dat is goed.").
/// </summary>
public class SkipNotAllowedTranscriptTests
{
    [Theory]
    [InlineData("overslaan")]
    [InlineData("volgende")]
    [InlineData("sla over")]
    public async Task Consent_cannot_be_skipped_and_is_asked_again(string word)
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .StartConversation()
            .BotSaysAnything().BotSaysAnything()
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .UserSays(word)
            .BotSays("Deze vraag kan je niet overslaan. Zonder jouw ja bewaar ik niets en kan ik niet verder. Zeg je nee? Dan stoppen we.")
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .BotOffers("Ja", "Nee")
            .AssertAsync();

        Assert.Null(state.Record());
        Assert.NotEmpty(state.Stack);
    }

    [Fact]
    public async Task Consent_cannot_be_skipped_in_english_either()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .WithLocale("en-GB")
            .StartConversation()
            .BotSaysAnything().BotSaysAnything()
            .BotSaysContaining("May I keep your answers?")
            .UserSays("skip")
            .BotSays("You cannot skip this question. Without your yes I keep nothing and cannot go on. Do you say no? Then we stop.")
            .BotSaysContaining("May I keep your answers?")
            .BotOffers("Yes", "No")
            .AssertAsync();
    }

    [Fact]
    public async Task Skipping_the_name_is_acknowledged_once()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .StartConversation()
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("ja")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .BotSaysContaining("Hoe wil je dat ik je noem?")
            .Row("overslaan", "Dat is goed.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
            .AssertAsync();

        Assert.Null(state.Record()!.PreferredName);
    }

    [Fact]
    public async Task Skipping_the_name_in_english_is_acknowledged_once()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .WithLocale("en-GB")
            .StartConversation()
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("yes")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .BotSaysContaining("What would you like me to call you?")
            .Row("skip", "That is fine.", "Step 2 of 8: your question.", "What brings you here?")
            .AssertAsync();
    }
}
