using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;
using static GesprekBot.Dialogs.Tests.Crisis.CrisisTranscriptTests;

namespace GesprekBot.Dialogs.Tests.Crisis;

/// <summary>
/// A scaling score of 0, 1 or 2 gets the question a caseworker would ask, whatever words the
/// detector knows: "Soms voelen mensen zich zo slecht dat ze er niet meer willen zijn. Is dat bij
/// jou ook zo?" The score is kept as the answer either way.
/// </summary>
public class LowScoreCheckTranscriptTests
{
    private const string CheckOne = "Een 1 is heel laag. Dank je dat je het eerlijk zegt. Soms voelen mensen zich zo slecht dat ze er niet meer willen zijn. Is dat bij jou ook zo?";

    [Fact]
    public async Task A_low_score_and_nee_gives_the_number_and_goes_on_with_the_score_kept()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .UserSays("1")
            .BotSays(CheckOne)
            .BotOffers("Ja", "Nee")
            .BotSaysNothingMore()
            .Row("nee", "Oké, dank je dat je het zegt. Voelt het toch ooit zo? Bel dan 1813. Dat kan dag en nacht.", "Wat maakt dat het al een 1 is en geen 0?")
            .AssertAsync();

        var record = state.Record()!;
        Assert.Empty(record.Urgent);
        Assert.Equal("1", record.Answer("scaling.score")?.Text);
        Assert.False(state.Get<bool>(CrisisMemory.SignalledKey));
    }

    [Fact]
    public async Task A_low_score_and_ja_gives_the_help_lines_flags_the_intake_and_keeps_the_score()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .Row("0", "Een 0 is heel laag. Dank je dat je het eerlijk zegt. Soms voelen mensen zich zo slecht dat ze er niet meer willen zijn. Is dat bij jou ook zo?")
            .UserSays("ja")
            .BotSaysContaining(Suicide)
            .BotSays(Others)
            .BotSays(SeenLater)
            .BotSays(Choice)
            .Row("verder", GoOn, "Het is nu heel zwaar. Wat helpt je om vol te houden?")
            .AssertAsync();

        var record = state.Record()!;
        var flag = Assert.Single(record.Urgent);
        Assert.Equal(
            (CrisisCategory.Suicide, "scaling.score", "Score 0 op de schaalvraag. Op de vraag of de cliënt er niet meer wil zijn: “ja”", true),
            (flag.Category, flag.QuestionKey, flag.Quote, flag.IsAnswer));
        Assert.Equal("0", record.Answer("scaling.score")?.Text);
    }

    [Fact]
    public async Task A_score_of_three_or_more_gets_no_check()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .Row("3", "Wat maakt dat het al een 3 is en geen 0?")
            .AssertAsync();
    }

    [Fact]
    public async Task A_low_score_in_words_is_checked_too()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .Row("een twee denk ik", "Een 2 is heel laag. Dank je dat je het eerlijk zegt. Soms voelen mensen zich zo slecht dat ze er niet meer willen zijn. Is dat bij jou ook zo?")
            .AssertAsync();
    }

    [Fact]
    public async Task After_a_crisis_signal_in_this_conversation_a_low_score_is_not_checked_again()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToMiracle()
            .UserSays("ik wil dood")
            .BotSaysContaining(Suicide)
            .BotSays(Others)
            .BotSays(SeenLater)
            .BotSays(Choice)
            .Row("verder", GoOn, "Wat nog meer?")
            .Row("ik zou uitgerust wakker worden", "Waaraan kan jij zien dat je probleem is opgelost?")
            .Row("ik spreek af met iemand", "Wat doe je dan anders?")
            .Row("ik ga naar de markt", "De mensen rondom jou merken het ook, zoals je partner, je kinderen, je familie of je vrienden. Wat zullen zij dan anders doen?")
            .Row("mijn zus belt vaker", "Hoe zullen zij op jou reageren?")
            .UserSays("blij")
            .BotSays("Stap 4 van 8: waar je nu staat.")
            .BotSaysContaining("Waar sta je nu?")
            .Row("1", "Wat maakt dat het al een 1 is en geen 0?")
            .AssertAsync();
    }

    [Fact]
    public async Task In_english_the_check_is_in_english()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestionInEnglish()
            .UserSays("I feel alone since I moved")
            .BotSaysAnything()
            .UserSays("meeting more people")
            .BotSaysAnything()
            .UserSays("yes")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("I would wake up rested")
            .BotSaysAnything()
            .UserSays("I would go outside")
            .BotSaysAnything()
            .UserSays("I meet someone")
            .BotSaysAnything()
            .UserSays("I go to the market")
            .BotSaysAnything()
            .UserSays("my sister calls more")
            .BotSaysAnything()
            .UserSays("happy")
            .BotSaysAnything()
            .BotSaysContaining("0 to 10")
            .UserSays("1")
            .BotSays("A 1 is very low. Thank you for being honest. Sometimes people feel so bad that they do not want to be here any more. Is that how it is for you?")
            .BotOffers("Yes", "No")
            .AssertAsync();
    }
}
