using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Interruptions;

public class PauseRestartTranscriptTests
{
    [Theory]
    [InlineData("pauze")]
    [InlineData("stop")]
    public async Task Pause_gives_a_code_and_the_next_message_returns_to_the_open_question(string word)
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToMiracle()
            .UserSays(word)
            .BotReplies(r =>
            {
                Assert.StartsWith("Oké, we pauzeren. Je antwoorden zijn bewaard.", r.Text, StringComparison.Ordinal);
                Assert.Matches("hervat [2-9A-Z]{4}-[2-9A-Z]{4}\\.", r.Text);
                Assert.Contains("tot 23 december 2026", r.Text, StringComparison.Ordinal);
                // "stop" may mean "I want to quit": the way to erase everything is named (M14).
                Assert.EndsWith("Wil je liever stoppen en alles wissen? Typ dan: wis mijn gegevens.", r.Text, StringComparison.Ordinal);
            })
            .BotSaysNothingMore()
            .Then((_, s) => Assert.NotNull(s.Get<IssuedResumeCode>(ResumeCommand.IssuedKey)))
            .Row("hallo", "Welkom terug! We gaan verder waar je was.")
            .BotSaysContaining("Wat zal er dan anders zijn?")
            .Row("ik ben rustig", "Wat nog meer?")
            .AssertAsync();

        Assert.Equal("ik ben rustig", state.Record()?.Answer("miracle.different")?.Text);
        Assert.Null(state.Record()?.Answer("miracle.more"));
    }

    [Fact]
    public async Task Pause_before_consent_ends_without_keeping_anything()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .StartConversation()
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .Row("stop", "Oké, we stoppen. Ik heb niets bewaard. Je kan altijd opnieuw beginnen.")
            .ConversationEnds()
            .AssertAsync();

        Assert.Null(state.Record());
        Assert.Null(state.Get<IssuedResumeCode>(ResumeCommand.IssuedKey));
    }

    [Fact]
    public async Task Restart_after_yes_begins_again_and_erases_the_old_record()
    {
        string? oldId = null;
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToMiracle()
            .Then((_, s) => oldId = s.Record()?.Id)
            .UserSays("opnieuw")
            .BotSays("Wil je echt opnieuw beginnen? Dan wis ik je antwoorden van dit gesprek.")
            .BotOffers("Ja", "Nee")
            .Row("ja", "Oké, ik heb je antwoorden gewist. We beginnen opnieuw.")
            .BotSaysContaining("Hallo, ik ben GesprekBot.")
            .BotSaysAnything()
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .Then((_, s) =>
            {
                Assert.Null(s.Record());
                Assert.Equal([oldId!], s.PendingErasures());
            })
            .UserSays("ja")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .AssertAsync();

        Assert.Equal(IntakeStatus.Draft, state.Record()?.Status);
        Assert.NotEqual(oldId, state.Record()?.Id);
        Assert.Empty(state.Record()!.Answers);
    }

    [Fact]
    public async Task Restart_answered_with_no_goes_on_where_the_client_was()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .UserSays("opnieuw")
            .BotSaysAnything()
            .Row("nee", "Oké, we gaan verder.")
            .BotSaysContaining("Waar sta je nu?")
            .Row("6", "Wat maakt dat het al een 6 is en geen 0?")
            .AssertAsync();
    }

    [Fact]
    public async Task A_hervat_command_the_host_did_not_resolve_is_an_unknown_code()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row("hervat ABCD-EFGH", "Die code ken ik niet. Misschien is hij al gebruikt of verlopen. Kijk de code nog eens na, of begin gewoon opnieuw.")
            .BotSays("Wat brengt je hier?")
            .AssertAsync();
    }

    [Theory]
    [InlineData("hervat abcd-efgh", false, "ABCDEFGH")]
    [InlineData("Hervat ABCD EFGH", false, "ABCDEFGH")]
    [InlineData("code abcdefgh", false, "ABCDEFGH")]
    [InlineData("resume ABCD-EFGH", false, "ABCDEFGH")]
    [InlineData("ABCD-EFGH", true, "ABCDEFGH")]
    public void Resume_commands_are_recognised(string text, bool bare, string code)
    {
        Assert.True(ResumeCommand.TryParse(text, bare, out var found));
        Assert.Equal(code, found);
    }

    [Theory]
    [InlineData("ABCD-EFGH", false)]
    [InlineData("hervat ABCD-EFG0", false)]
    [InlineData("hervat ik weet het niet", false)]
    [InlineData("Jonathan", true)]
    [InlineData("code", true)]
    public void Other_texts_are_not_resume_commands(string text, bool bare) =>
        Assert.False(ResumeCommand.TryParse(text, bare, out _));
}
