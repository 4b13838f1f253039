using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Intake.Summary;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Intake;

/// <summary>client-walk M10 (s01, s02, s07): after submission, "bedankt" started a whole new intake.</summary>
public class AfterSubmissionTests
{
    private const string ThanksPattern =
        @"^Graag gedaan! Je code is [2-9A-Z]{4}-[2-9A-Z]{4}\. Geef die aan je hulpverlener\. Wil je iets aanpassen\? Typ dan terug\. Wil je een nieuw gesprek beginnen\? Typ opnieuw\.$";

    private static TranscriptTest Submitted() => new TranscriptTest(IntakeScript.Engine())
        .ToSummary()
        .UserSays("ja")
        .BotSays("Stap 8 van 8: afronden.")
        .BotSaysContaining("Klaar! Je code is")
        .BotSaysAnything()
        .BotSaysContaining("Wil je een kopie")
        .UserSays("nee")
        .BotSaysAnything();

    [Theory]
    [InlineData("bedankt")]
    [InlineData("Bedankt!")]
    [InlineData("dank je")]
    [InlineData("dank je wel")]
    [InlineData("merci")]
    [InlineData("ok")]
    [InlineData("oké")]
    [InlineData("ok merci")]
    [InlineData("tot ziens")]
    [InlineData("doei")]
    [InlineData("👍")]
    public async Task A_thank_you_after_submission_closes_kindly_with_the_code(string said)
    {
        var state = await Submitted()
            .UserSays(said)
            .BotReplies(r => Assert.Matches(ThanksPattern, r.Text))
            .AssertAsync();

        var record = state.Record()!;
        Assert.Equal(IntakeStatus.Submitted, record.Status);
        Assert.Empty(state.Stack);
    }

    [Fact]
    public async Task The_kind_close_gives_the_code_the_client_got()
    {
        string? told = null;
        var state = await Submitted()
            .UserSays("bedankt")
            .BotReplies(r => told = r.Text)
            .AssertAsync();

        Assert.Contains(IntakeCodes.Display(state.Record()!.Code!), told, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thanks")]
    [InlineData("thank you!")]
    [InlineData("bye")]
    public async Task In_english_a_thank_you_closes_kindly_too(string said)
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToSummaryInEnglish()
            .UserSays("yes")
            .BotSays("Step 8 of 8: finishing.")
            .BotSaysContaining("Done! Your code is")
            .BotSaysAnything()
            .BotSaysContaining("Would you like a copy")
            .UserSays("no")
            .BotSaysAnything()
            .UserSays(said)
            .BotReplies(r => Assert.Matches(
                @"^You're welcome! Your code is [2-9A-Z]{4}-[2-9A-Z]{4}\. Give it to your social worker\. Do you want to change something\? Type back\. Do you want to start a new conversation\? Type restart\.$",
                r.Text))
            .AssertAsync();
    }

    [Fact]
    public async Task Another_message_hears_the_intake_is_finished_and_gets_the_choice()
    {
        var state = await Submitted()
            .UserSays("hallo?")
            .BotReplies(r => Assert.Matches(@"^Dit gesprek is klaar\. Je antwoorden zijn verstuurd\. Je code is [2-9A-Z]{4}-[2-9A-Z]{4}\.", r.Text))
            .BotOffers("Nieuw gesprek", "Terug")
            .AssertAsync();

        Assert.Equal(IntakeStatus.Submitted, state.Record()!.Status);
        Assert.Empty(state.Stack);
    }

    [Fact]
    public async Task In_english_another_message_gets_the_choice_in_english()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToSummaryInEnglish()
            .UserSays("yes").BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("no").BotSaysAnything()
            .UserSays("hello?")
            .BotSaysContaining("This conversation is finished.")
            .BotOffers("New conversation", "Back")
            .AssertAsync();
    }

    [Fact]
    public async Task New_conversation_starts_a_new_intake_only_when_chosen()
    {
        var state = await Submitted()
            .UserSays("hallo?").BotSaysAnything()
            .UserSays("Nieuw gesprek")
            .BotSaysContaining("Hallo, ik ben GesprekBot.")
            .BotSaysAnything()
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .AssertAsync();

        Assert.Null(state.Record());
    }

    [Fact]
    public async Task Terug_reopens_the_summary_a_correction_is_kept_and_the_code_stays()
    {
        string? code = null;
        var state = await Submitted()
            .Then((_, s) => code = s.Record()!.Code)
            .UserSays("terug")
            .BotSaysContaining("Dit heb ik genoteerd:")
            .BotSays("Klopt dit?")
            .UserSays("verwijder de buurvrouw")
            .BotSaysAnything()
            .BotSaysContaining("Dit heb ik genoteerd:")
            .BotSays("Klopt dit?")
            .UserSays("ja")
            .BotReplies(r => Assert.Equal($"Dank je. Je aanpassingen zijn bewaard. Je code blijft {IntakeCodes.Display(code!)}.", r.Text))
            .AssertAsync();

        var record = state.Record()!;
        Assert.Equal(IntakeStatus.Submitted, record.Status);
        Assert.Equal(code, record.Code);
        Assert.Equal(["Lies"], record.Network!.Members.Select(m => m.Label));
        Assert.Empty(state.Stack);
    }

    [Fact]
    public async Task After_a_crisis_signal_the_kind_close_repeats_the_help_lines()
    {
        var submitted = await Submitted().AssertAsync();
        submitted.Set(CrisisMemory.SignalledKey, true);

        await new TranscriptTest(IntakeScript.Engine(), submitted.ToJson())
            .UserSays("tot ziens")
            .BotReplies(r => Assert.Matches(ThanksPattern, r.Text))
            .BotSaysContaining("1813")
            .AssertAsync();
    }
}
