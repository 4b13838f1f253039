using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Erasure;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Erasure;

/// <summary>"wis mijn gegevens" at every place of the conversation (findings s12, client walk H3).</summary>
public class ErasureTranscriptTests
{
    private const string Confirm = "Wil je echt alles wissen? Dan wis ik je antwoorden, je naam, je kaart en dit gesprek. Je hulpverlener kan ze dan niet meer lezen. Dat kan ik niet terugdraaien.";
    private const string Done = "Ik heb alles gewist: je antwoorden, je naam, je kaart en dit gesprek. Ik bewaar niets meer van jou.";
    private const string Goodbye = "Dit gesprek is nu afgesloten. Je kan altijd opnieuw beginnen. Dag!";

    [Theory]
    [InlineData("wis mijn gegevens")]
    [InlineData("verwijder mijn gegevens")]
    [InlineData("ik wil dat je alles wist")]
    [InlineData("stoppen en alles wissen")]
    [InlineData("verwijder alles aub")]
    public async Task During_the_intake_yes_erases_the_record_and_ends_the_conversation(string request)
    {
        string? id = null;
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row("ik wil hulp bij mijn budget", "Waarmee zou je graag geholpen worden?")
            .Then((_, s) => id = s.Record()?.Id)
            .UserSays(request)
            .BotSays(Confirm)
            .BotOffers("Ja, wis alles", "Nee, ga verder")
            .Row("Ja, wis alles", Done, Goodbye)
            .ConversationEnds()
            .AssertAsync();

        Assert.Null(state.Record());
        Assert.Equal([id!], state.PendingErasures());
        Assert.Equal(ConversationForgetting.Conversation, state.Get<ConversationForgetting>(ErasureSession.ForgetKey));
    }

    [Fact]
    public async Task No_goes_back_to_the_open_question_and_keeps_everything()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToMiracle()
            .UserSays("wis mijn gegevens").BotSays(Confirm)
            .Row("Nee, ga verder", "Oké, ik wis niets. We gaan verder.")
            .BotSaysContaining("Wat zal er dan anders zijn?")
            .Row("ik ben rustig", "Wat nog meer?")
            .AssertAsync();

        Assert.Equal("ik ben rustig", state.Record()?.Answer("miracle.different")?.Text);
        Assert.Empty(state.PendingErasures());
        Assert.Null(state.Record()?.Answer("miracle.more"));
    }

    [Fact]
    public async Task An_answer_instead_of_yes_or_no_erases_nothing_and_is_kept_as_the_answer()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToMiracle()
            .UserSays("verwijder alles").BotSays(Confirm)
            .Row("ik zou uitgerust wakker worden", "Oké, ik wis niets. We gaan verder.", "Wat nog meer?")
            .AssertAsync();

        Assert.Equal("ik zou uitgerust wakker worden", state.Record()?.Answer("miracle.different")?.Text);
        Assert.Empty(state.PendingErasures());
    }

    [Fact]
    public async Task At_the_summary_delete_my_data_is_an_erasure_and_not_a_note()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays("verwijder mijn gegevens").BotSays(Confirm)
            .Row("ja", Done, Goodbye)
            .ConversationEnds()
            .AssertAsync();

        Assert.Null(state.Record());
        Assert.Single(state.PendingErasures());
    }

    [Fact]
    public async Task At_the_summary_removing_a_person_stays_a_map_correction()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays("nee").BotSaysAnything()
            .UserSays("verwijder de buurvrouw")
            .BotReplies(r => Assert.DoesNotContain("wissen", r.Text, StringComparison.Ordinal))
            .BotSaysContaining("Dit heb ik genoteerd:")
            .BotSays("Klopt dit?")
            .AssertAsync();

        Assert.NotNull(state.Record());
        Assert.Empty(state.PendingErasures());
    }

    [Fact]
    public async Task After_submission_in_the_same_conversation_the_submitted_intake_is_erased()
    {
        string? id = null;
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays("ja").BotSaysAnything().BotSaysContaining("Klaar! Je code is").BotSaysAnything().BotSaysAnything()
            .Row("nee", "Dank je wel voor je antwoorden. Tot ziens!")
            .Then((_, s) => id = s.Record()?.Id)
            .UserSays("verwijder mijn gegevens").BotSays(Confirm)
            .UserSays("ja")
            .BotSays(Done)
            .BotSays("Heeft je hulpverlener je antwoorden al afgedrukt of gedownload? Vraag dan ook aan je hulpverlener om dat te wissen.")
            .BotSays(Goodbye)
            .BotSaysNothingMore()
            .AssertAsync();

        Assert.Null(state.Record());
        Assert.Equal([id!], state.PendingErasures());
    }

    [Fact]
    public async Task After_submission_no_keeps_the_intake_and_does_not_start_a_new_one()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays("ja").BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .Row("nee", "Dank je wel voor je antwoorden. Tot ziens!")
            .UserSays("delete my data").BotSays(Confirm)
            .Row("nee", "Oké, ik wis niets.")
            .BotSaysNothingMore()
            .AssertAsync();

        Assert.Equal(IntakeStatus.Submitted, state.Record()?.Status);
        Assert.Empty(state.Stack);
    }

    [Fact]
    public async Task Before_consent_nothing_is_kept_and_the_consent_question_comes_again()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .StartConversation()
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("wis mijn gegevens")
            .BotSays("Ik heb in dit gesprek nog niets bewaard. Later kan je altijd alles laten wissen. Typ dan \"wis mijn gegevens\".")
            .BotSays("Wil je een vroeger gesprek laten wissen? Vraag het aan je hulpverlener en geef je code. Die kreeg je op het einde van dat gesprek. Ik kan dat niet wissen met alleen een code. Zo kan niemand anders jouw gegevens wissen.")
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .AssertAsync();

        Assert.Null(state.Record());
        Assert.Equal(ConversationForgetting.Transcript, state.Get<ConversationForgetting>(ErasureSession.ForgetKey));
    }

    [Fact]
    public async Task In_a_new_conversation_a_code_is_not_enough_the_bot_says_whom_to_ask_with_that_code()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .UserSays("verwijder mijn gegevens, code u89s-k4qs")
            .BotSays("Ik heb in dit gesprek nog niets bewaard. Later kan je altijd alles laten wissen. Typ dan \"wis mijn gegevens\".")
            .BotSays("Wil je een vroeger gesprek laten wissen? Vraag het aan je hulpverlener en geef je code U89S-K4QS. Ik kan dat niet wissen met alleen een code. Zo kan niemand anders jouw gegevens wissen.")
            .BotSaysNothingMore()
            .AssertAsync();

        Assert.Null(state.Record());
        Assert.Empty(state.Stack);
    }

    [Fact]
    public async Task The_configured_service_is_named()
    {
        var before = new Engine.State.ConversationState();
        before.Set(ErasureSession.ServiceNameKey, "CAW Oost");
        await new TranscriptTest(IntakeScript.Engine(), before.ToJson())
            .UserSays("wis alles")
            .BotSaysAnything()
            .BotSaysContaining("Vraag het aan je hulpverlener bij CAW Oost en geef je code.")
            .AssertAsync();
    }

    [Fact]
    public async Task Erasing_one_answer_is_explained_and_the_question_comes_again()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToMiracle()
            .Row("wis dat antwoord", "Eén antwoord wissen kan ik niet. Wil je een antwoord veranderen? Typ dan \"terug\" en antwoord opnieuw. Wil je alles wissen? Typ dan \"wis alles\".")
            .BotSaysContaining("Wat zal er dan anders zijn?")
            .AssertAsync();

        Assert.NotNull(state.Record());
        Assert.Null(state.Record()?.Answer("miracle.different"));
    }

    [Fact]
    public async Task In_english_delete_my_data_asks_and_erases()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestionInEnglish()
            .UserSays("delete my data pls")
            .BotSays("Do you really want to erase everything? Then I erase your answers, your name, your map and this conversation. Your caseworker can no longer read them. I cannot undo this.")
            .BotOffers("Yes, erase everything", "No, go on")
            .Row("Yes, erase everything",
                "I erased everything: your answers, your name, your map and this conversation. I keep nothing of yours.",
                "This conversation is now closed. You can always start again. Bye!")
            .AssertAsync();

        Assert.Null(state.Record());
        Assert.Single(state.PendingErasures());
    }

    [Fact]
    public async Task In_english_no_goes_on()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestionInEnglish()
            .UserSays("erase everything").BotSaysAnything()
            .Row("No, go on", "Okay, I erase nothing. Let's go on.", "What brings you here?")
            .AssertAsync();
    }

    [Fact]
    public async Task Crisis_words_still_come_first()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .UserSays("ik wil dood, wis alles")
            .BotReplies(r => Assert.Contains("1813", r.Text, StringComparison.Ordinal))
            .BotSaysAnything().BotSaysAnything()
            .BotSaysContaining("Wat wil je nu doen?")
            .AssertAsync();

        // The crisis is answered and flagged; nothing is erased on the way.
        Assert.True(state.Record()?.IsUrgent);
    }

    [Fact]
    public async Task After_a_crisis_signal_the_erasure_goodbye_repeats_the_help_lines()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .UserSays("ik wil er een einde aan maken").BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("wis mijn gegevens").BotSays(Confirm)
            .UserSays("ja").BotSays(Done).BotSays(Goodbye)
            .BotReplies(r => Assert.Contains("1813", r.Text, StringComparison.Ordinal))
            .AssertAsync();
    }

    [Fact]
    public async Task When_the_host_reports_an_erasure_elsewhere_the_conversation_ends_kindly_and_then_starts_afresh()
    {
        var erased = new Engine.State.ConversationState();
        erased.Set(ErasureSession.ErasedKey, true);
        await new TranscriptTest(IntakeScript.Engine(), erased.ToJson())
            .Row("ik ben veel alleen", "Je gegevens werden gewist. Dit gesprek is afgesloten. Je kan altijd opnieuw beginnen.")
            .BotSaysNothingMore()
            .Then((_, s) => Assert.Empty(s.Stack))
            .UserSays("hallo")
            .BotSaysContaining("Hallo, ik ben GesprekBot.")
            .BotSaysAnything()
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .AssertAsync();
    }
}
