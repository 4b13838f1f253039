using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Dialogs.Tests.Support;
using static GesprekBot.Dialogs.Tests.Crisis.CrisisTranscriptTests;

namespace GesprekBot.Dialogs.Tests.Crisis;

/// <summary>After the help lines the client chooses: call now, pause, or go on (s05, s05c: H1).</summary>
public class CrisisChoiceTranscriptTests
{
    private const string Reminder = "Denk eraan: bel 1813 of 112 als het niet gaat. Dat kan dag en nacht.";

    [Fact]
    public async Task After_a_disclosure_at_the_restated_question_the_bot_never_says_thanks_and_asks_for_other_words_again()
    {
        // s05: "ik wil dood eigenlijk" right after "Kan je het nog eens zeggen, in andere woorden?"
        await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row("ik voel me slecht, alles loopt mis", "Waarmee zou je graag geholpen worden?")
            .Row("een kot", "Heb ik goed begrepen dat dit je vraag is: \"een kot\"?")
            .Row("nee", "Dank je. Kan je het nog eens zeggen, in andere woorden?")
            .UserSays("ik wil dood eigenlijk")
            .BotSaysContaining(Suicide)
            .BotSays(Others)
            .BotSays(SeenLater)
            .BotSays("Stap 3 van 8: de wondervraag.")
            .BotSaysContaining("speciale vraag")
            .BotSays(Choice)
            .BotSaysNothingMore()
            .UserSays("verder")
            .BotSays(GoOn)
            .BotSaysContaining("Wat zal er dan anders zijn?")
            .AssertAsync();
    }

    [Fact]
    public async Task Erasing_is_still_possible_while_the_choice_is_open_after_a_crisis_answer()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row("ik voel me slecht, alles loopt mis", "Waarmee zou je graag geholpen worden?")
            .Row("een kot", "Heb ik goed begrepen dat dit je vraag is: \"een kot\"?")
            .Row("nee", "Dank je. Kan je het nog eens zeggen, in andere woorden?")
            .UserSays("ik wil dood eigenlijk")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .BotSays(Choice)
            .UserSays("wis mijn gegevens")
            .BotSaysContaining("Wil je echt alles wissen?")
            .AssertAsync();

        Assert.True(state.Get<bool>(GesprekBot.Dialogs.Erasure.ErasureSession.PendingKey));
    }

    [Fact]
    public async Task Ik_bel_nu_gets_a_warm_answer_with_the_numbers_and_the_conversation_stays_open()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .UserSays("ik wil dood")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSays(Choice)
            .UserSays("Ik bel nu 1813")
            .BotSays("Goed dat je belt. Bel 1813 of 112. Dat is gratis en kan dag en nacht. Ik wacht hier op jou. Ben je terug? Typ dan gewoon iets. Dan gaan we verder.")
            .BotSaysNothingMore()
            .Then((result, _) => Assert.False(result.ConversationEnded))
            .Row("hallo", "Fijn dat je er weer bent.", GoOn, "Wat brengt je hier?")
            .Row("ik zoek hulp", "Waarmee zou je graag geholpen worden?")
            .AssertAsync();

        Assert.Equal("ik zoek hulp", state.Record()!.Answer("qbq.why")?.Text);
    }

    [Fact]
    public async Task Pauze_is_the_normal_pause_with_a_resume_code_and_the_help_lines_after_the_goodbye()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .UserSays("ik wil dood")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSays(Choice)
            .UserSays("Pauze")
            .BotSaysContaining("Oké, we pauzeren. Je antwoorden zijn bewaard.")
            .BotSays(Reminder)
            .Row("ik ben terug", "Welkom terug! We gaan verder waar je was.", "Wat brengt je hier?")
            .AssertAsync();

        Assert.NotNull(state.Get<IssuedResumeCode>(ResumeCommand.IssuedKey));
    }

    [Fact]
    public async Task Stop_before_consent_after_a_crisis_repeats_the_help_lines()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .UserSays("ik wil niet meer leven")
            .BotSaysContaining(Suicide)
            .BotSays(Others)
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .UserSays("stop")
            .BotSays("Oké, we stoppen. Ik heb niets bewaard. Je kan altijd opnieuw beginnen.")
            .BotSays(Reminder)
            .ConversationEnds()
            .AssertAsync();
    }

    [Fact]
    public async Task Stop_without_a_crisis_signal_has_no_reminder()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .StartConversation()
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("stop")
            .BotSays("Oké, we stoppen. Ik heb niets bewaard. Je kan altijd opnieuw beginnen.")
            .BotSaysNothingMore()
            .AssertAsync();
    }

    [Fact]
    public async Task The_final_goodbye_after_a_crisis_repeats_the_help_lines()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays("ik wil dood")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSays(Choice)
            .Row("verder", GoOn, "Klopt dit?")
            .UserSays("ja")
            .BotSays("Stap 8 van 8: afronden.")
            .BotSaysContaining("Je code is")
            .BotSaysAnything()
            .BotSaysContaining("Wil je een kopie")
            .UserSays("nee")
            .BotSays("Dank je wel voor je antwoorden. Tot ziens!")
            .BotSays(Reminder)
            .ConversationEnds()
            .AssertAsync();
    }

    [Fact]
    public async Task A_message_that_is_not_a_choice_answers_the_question_the_client_saw_before()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .UserSays("ik snij mezelf soms")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSays(Choice)
            .Row("3", "Wat maakt dat het al een 3 is en geen 0?")
            .AssertAsync();

        Assert.Equal("3", state.Record()!.Answer("scaling.score")?.Value);
    }
}
