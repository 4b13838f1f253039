using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Interruptions;

/// <summary>The words that work anywhere, in the network stage and the summary.</summary>
public class InterruptionsInLaterPartsTests
{
    [Fact]
    public async Task Back_from_the_network_question_returns_to_who_can_help()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToNetwork()
            .Row("terug", "Oké, we gaan een vraag terug. Je mag je antwoord veranderen.", "Wie kan je daarbij helpen?")
            .Row("mijn buurman", StandInNetworkDialog.Question)
            .AssertAsync();
    }

    [Fact]
    public async Task Help_in_the_network_stage_explains_the_map()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToNetwork()
            .UserSays("help")
            .BotSaysContaining("We maken samen een kaart")
            .BotSaysAnything()
            .BotSays(StandInNetworkDialog.Question)
            .AssertAsync();
    }

    [Fact]
    public async Task Pause_in_the_network_stage_and_back_again()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToNetwork()
            .UserSays("pauze").BotSaysContaining("hervat ")
            .Row("ik ben er weer", "Welkom terug! We gaan verder waar je was.", StandInNetworkDialog.Question)
            .AssertAsync();
    }

    [Fact]
    public async Task Pause_at_the_summary_and_back_again()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays("stop").BotSaysContaining("hervat ")
            .Row("hoi", "Welkom terug! We gaan verder waar je was.", "Klopt dit?")
            .AssertAsync();
    }

    [Fact]
    public async Task Crisis_words_in_the_network_stage_are_flagged_with_that_question()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToNetwork()
            .UserSays("niemand, ik denk aan zelfmoord")
            .BotSaysContaining("1813")
            .BotSaysAnything()
            .BotSaysContaining("ziet het pas als hij of zij je antwoorden leest")
            .BotSaysContaining("Wat wil je nu doen?")
            .Row("verder", "Oké. We gaan verder met de vraag:", StandInNetworkDialog.Question)
            .AssertAsync();

        Assert.Equal("network", Assert.Single(state.Record()!.Urgent).QuestionKey);
    }

    [Fact]
    public async Task Crisis_words_as_a_summary_correction_are_flagged_and_the_correction_asked_again()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays("nee").BotSaysAnything()
            .UserSays("hij slaat me nog steeds")
            .BotSaysContaining("1712")
            .BotSaysAnything()
            .BotSaysContaining("ziet het pas als hij of zij je antwoorden leest")
            .BotSaysContaining("Wat wil je nu doen?")
            .UserSays("verder")
            .BotSays("Oké. We gaan verder met de vraag:")
            .BotSaysContaining("Wat moet ik aanpassen?")
            .AssertAsync();

        var flag = Assert.Single(state.Record()!.Urgent);
        Assert.Equal("summary.change", flag.QuestionKey);
        Assert.Equal("hij slaat me nog steeds", flag.Quote);
    }

    [Fact]
    public async Task Restart_from_the_summary_after_yes_begins_again()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays("opnieuw").BotSaysAnything()
            .Row("ja", "Oké, ik heb je antwoorden gewist. We beginnen opnieuw.")
            .BotSaysContaining("Hallo, ik ben GesprekBot.")
            .BotSaysAnything().BotSaysAnything()
            .Then((_, s) =>
            {
                Assert.Null(s.Record());
                Assert.Single(s.PendingErasures());
            })
            .AssertAsync();
    }

    [Fact]
    public async Task Back_after_submission_keeps_the_same_intake_code()
    {
        string? code = null;
        await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays("ja").BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .Then((_, s) => code = s.Record()?.Code)
            .UserSays("terug").BotSaysAnything()
            .BotSaysContaining("Dit heb ik genoteerd:")
            .BotSays("Klopt dit?")
            .UserSays("ja")
            .BotReplies(r => Assert.Contains(IntakeCodes.Display(code!), r.Text, StringComparison.Ordinal))
            .BotSaysAnything().BotSaysAnything()
            .AssertAsync();
    }
}
