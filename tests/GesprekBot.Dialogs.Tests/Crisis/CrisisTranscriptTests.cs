using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Crisis;

public class CrisisTranscriptTests
{
    internal const string Suicide = "Ik lees dat het heel zwaar is voor jou.";
    internal const string Violence = "Ik lees dat iemand je pijn doet of deed.";
    internal const string Others = "Je kan ook praten met Tele-Onthaal op 106. Ben je jong? Bel Awel op 102.";
    internal const string SeenLater = "Ik schrijf dit op voor je hulpverlener. Die ziet het pas als hij of zij je antwoorden leest. Wacht daar niet op: bel nu 1813 of 112.";
    internal const string Choice = "Wat wil je nu doen? Je mag nu bellen. Je mag ook even pauzeren, of verdergaan met de vragen.";
    internal const string GoOn = "Oké. We gaan verder met de vraag:";

    [Fact]
    public async Task A_crisis_at_the_first_question_gets_help_lines_an_honest_word_a_flag_and_a_choice_not_the_question_again()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .UserSays("ik wil er een einde aan maken")
            .BotReplies(r => Assert.Contains("1813", r.Text, StringComparison.Ordinal))
            .BotSays(Others)
            .BotSays(SeenLater)
            .BotSays(Choice)
            .BotOffers("Ik bel nu 1813", "Pauze", "Verder")
            .BotSaysNothingMore()
            .Row("verder", GoOn, "Wat brengt je hier?")
            .Row("ik weet het niet meer", "Waarmee zou je graag geholpen worden?")
            .AssertAsync();

        var record = state.Record()!;
        var flag = Assert.Single(record.Urgent);
        Assert.Equal(CrisisCategory.Suicide, flag.Category);
        Assert.Equal(IntakeScript.Start, flag.At);
        Assert.Equal("qbq.why", flag.QuestionKey);
        Assert.Contains("einde aan maken", flag.TriggerWords);
        Assert.Equal("ik wil er een einde aan maken", flag.Quote);
        Assert.False(flag.IsAnswer);
        Assert.DoesNotContain(record.Answers, a => a.QuestionKey.StartsWith("crisis.", StringComparison.Ordinal));
        Assert.Equal("ik weet het niet meer", record.Answer("qbq.why")?.Text);
        Assert.True(record.IsUrgent);
    }

    [Fact]
    public async Task Violence_gets_1712_on_the_button_and_in_the_honest_word()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .UserSays("mijn vriend slaat me als hij drinkt")
            .BotReplies(r => Assert.Contains("1712", r.Text, StringComparison.Ordinal))
            .BotSays(Others)
            .BotSays("Ik schrijf dit op voor je hulpverlener. Die ziet het pas als hij of zij je antwoorden leest. Wacht daar niet op: bel nu 1712 of 112.")
            .BotSays(Choice)
            .BotOffers("Ik bel nu 1712", "Pauze", "Verder")
            .AssertAsync();

        Assert.Equal(CrisisCategory.Violence, Assert.Single(state.Record()!.Urgent).Category);
    }

    [Fact]
    public async Task Crisis_words_as_the_first_message_get_help_lines_and_a_gentle_bridge_before_the_welcome_and_nothing_is_stored()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .UserSays("ik wil dood")
            .BotSaysContaining(Suicide)
            .BotSays(Others)
            .BotSays("Wil je daarna toch met mij verder praten? Dat mag. Ik vertel eerst kort wie ik ben.")
            .BotSaysContaining("Hallo, ik ben GesprekBot.")
            .BotSaysAnything()
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .AssertAsync();

        Assert.Null(state.Record());
        Assert.True(state.Get<bool>(CrisisMemory.SignalledKey));
    }

    [Fact]
    public async Task Crisis_words_at_the_scale_are_flagged_and_the_scale_is_not_repeated_until_the_client_goes_on()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .UserSays("0, ik snij mezelf soms")
            .BotSaysContaining(Suicide)
            .BotSays(Others)
            .BotSays(SeenLater)
            .BotSays(Choice)
            .BotSaysNothingMore()
            .UserSays("ik wil verder")
            .BotSays(GoOn)
            .BotSaysContaining("Waar sta je nu?")
            .AssertAsync();

        var flag = Assert.Single(state.Record()!.Urgent);
        Assert.Equal(CrisisCategory.SelfHarm, flag.Category);
        Assert.Equal("scaling.score", flag.QuestionKey);
        Assert.False(flag.IsAnswer);
    }

    [Theory]
    [InlineData("zelfmoord", CrisisCategory.Suicide)]
    [InlineData("ik denk aan zelfmoort", CrisisCategory.Suicide)]
    [InlineData("Zelfmoordgedachten", CrisisCategory.Suicide)]
    [InlineData("IK WIL DOOD!!", CrisisCategory.Suicide)]
    [InlineData("ik wil niet meer leven", CrisisCategory.Suicide)]
    [InlineData("ik wil mezelf van kant maken", CrisisCategory.Suicide)]
    [InlineData("ik wil mezelf snijden", CrisisCategory.SelfHarm)]
    [InlineData("automutilatie", CrisisCategory.SelfHarm)]
    [InlineData("automutlatie", CrisisCategory.SelfHarm)]
    [InlineData("hij slaat me", CrisisCategory.Violence)]
    [InlineData("ik word thuis geslagen", CrisisCategory.Violence)]
    [InlineData("ik ben misbruikt", CrisisCategory.Abuse)]
    [InlineData("ik ben verkracht", CrisisCategory.Abuse)]
    [InlineData("verkragt", CrisisCategory.Abuse)]
    [InlineData("I want to kill myself", CrisisCategory.Suicide)]
    // Missed in the client walk (C1, C2: s05, s05b, s07b).
    [InlineData("ik wil er niet meer zijn", CrisisCategory.Suicide)]
    [InlineData("ik zie het niet meer zitten", CrisisCategory.Suicide)]
    [InlineData("het hoeft voor mij niet meer", CrisisCategory.Suicide)]
    [InlineData("ik wil slapen en nooit meer wakker worden", CrisisCategory.Suicide)]
    [InlineData("ik heb pillen gespaard om alles te stoppen", CrisisCategory.Suicide)]
    [InlineData("ik wil me ophangen", CrisisCategory.Suicide)]
    [InlineData("ik wil van een brug springen", CrisisCategory.Suicide)]
    [InlineData("ik wil mij van het leven beroven", CrisisCategory.Suicide)]
    [InlineData("zelf moord", CrisisCategory.Suicide)]
    [InlineData("I don't want to live anymore", CrisisCategory.Suicide)]
    [InlineData("I want to end it all", CrisisCategory.Suicide)]
    [InlineData("ik doe mezelf pijn", CrisisCategory.SelfHarm)]
    [InlineData("ik kras in mijn armen", CrisisCategory.SelfHarm)]
    [InlineData("ik bezeer mezelf", CrisisCategory.SelfHarm)]
    [InlineData("ik ben bang voor mijn man, hij dreigt mij te vermoorden", CrisisCategory.Violence)]
    [InlineData("ze slagen mij thuis", CrisisCategory.Violence)]
    [InlineData("mijn ma klopt mij", CrisisCategory.Violence)]
    [InlineData("mijn stiefvader betast mij", CrisisCategory.Abuse)]
    [InlineData("mijn nonkel zit aan mij", CrisisCategory.Abuse)]
    public void Crisis_words_are_found_with_their_category(string text, CrisisCategory category) =>
        Assert.Contains(category, CrisisDetector.Detect(text)!.Categories);

    [Theory]
    [InlineData("ik ben dood moe")]
    [InlineData("ik ben doodmoe van het werk")]
    [InlineData("ik ga dood van het lachen")]
    [InlineData("mijn hond is dood")]
    [InlineData("ik heb mijn auto verkocht")]
    [InlineData("dat is doodgewoon")]
    [InlineData("ik sla de vraag over")]
    [InlineData("mijn begeleider heeft het aangeraden")]
    [InlineData("")]
    [InlineData("😀😀")]
    [InlineData("mijn gsm is dood")]
    [InlineData("mijn pepe is dood")]
    [InlineData("ik sla die vraag over")]
    [InlineData("ik snij graag groenten")]
    [InlineData("de hond slaat aan")]
    [InlineData("de eieren slaan")]
    [InlineData("van de duikplank springen")]
    [InlineData("ja, dat klopt")]
    [InlineData(null)]
    public void Ordinary_words_are_not_a_crisis(string? text) =>
        Assert.Null(CrisisDetector.Detect(text));

    [Theory]
    [InlineData("ik wil toch niet meer meedoen")]
    [InlineData("ik wil niet meer meedoen hoor")]
    [InlineData("ik doe niet meer mee")]
    public void Taking_consent_back_is_not_read_as_a_crisis(string text) =>
        Assert.Null(CrisisDetector.Detect(text));

    [Theory]
    [InlineData("ik wil niet meer meedoen, ik wil er niet meer zijn")]
    [InlineData("ik wil niet meer meedoen want ik wil dood")]
    public void A_crisis_beside_a_withdrawal_is_still_a_crisis(string text) =>
        Assert.Contains(CrisisCategory.Suicide, CrisisDetector.Detect(text)!.Categories);

    [Theory]
    [InlineData("ik wil me ophangen", false, true)]
    [InlineData("ik wil er niet meer zijn", false, false)]
    [InlineData("ik heb geen zin meer", true, false)]
    [InlineData("ik kan me wel ophangen aan die deadline", true, false)]
    public void The_signal_says_whether_it_is_unsure_or_immediate(string text, bool unsure, bool immediate)
    {
        var signal = CrisisDetector.Detect(text)!;
        Assert.Equal(unsure, signal.Unsure);
        Assert.Equal(immediate, signal.ImmediateDanger);
    }

    [Fact]
    public void Trigger_words_are_the_clients_own_words_and_categories_come_most_urgent_first()
    {
        var signal = CrisisDetector.Detect("Mijn vriend SLAAT mij en ik wil dood")!;
        Assert.Equal([CrisisCategory.Suicide, CrisisCategory.Violence], signal.Categories);
        Assert.Contains("SLAAT mij", signal.TriggerWords);
        Assert.Contains("wil dood", signal.TriggerWords);
    }
}
