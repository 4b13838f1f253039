using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Intake;

public class IntakeHappyPathTranscriptTests
{
    [Fact]
    public async Task Welcome_to_submission_stores_every_answer_the_map_and_a_code()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .BotOffers("Ja", "Nee")
            .UserSays("ja")
            .BotSays("Stap 8 van 8: afronden.")
            .BotSaysContaining("Klaar! Je code is ")
            .BotSaysContaining("Wat gebeurt er nu?")
            .BotSaysContaining("Wil je een kopie van je antwoorden?")
            .UserSays("ja")
            .BotReplies(r => Assert.Contains("mijn zus Lies", r.Text, StringComparison.Ordinal))
            .BotSays("Dank je wel voor je antwoorden. Tot ziens!")
            .ConversationEnds()
            .AssertAsync();

        var record = state.Record();
        Assert.NotNull(record);
        Assert.Equal(IntakeStatus.Submitted, record.Status);
        Assert.Equal("Sam", record.PreferredName);
        Assert.Equal(IntakeScript.Start, record.ConsentAt);
        Assert.Equal("nl-BE", record.Locale);
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$", record.Code);
        Assert.Equal("4", record.Answer("scaling.score")?.Value);
        Assert.Equal("een dikke vier", record.Answer("scaling.score")?.Text);
        Assert.Equal(
            ["qbq.why", "qbq.wish", "qbq.check", "miracle.different", "miracle.more", "miracle.notice", "miracle.do", "miracle.others",
             "miracle.react", "scaling.score", "scaling.why", "scaling.next", "future.goodday", "future.firststep", "activating.before",
             "activating.how", "activating.who"],
            record.Answers.Select(a => a.QuestionKey));
        Assert.Equal(["Lies", "de buurvrouw"], record.Network?.Members.Select(m => m.Label));
        Assert.NotEmpty(record.RadioSuggestions);
        Assert.Empty(record.Urgent);
    }

    [Fact]
    public async Task A_crisis_after_submission_is_added_to_the_submitted_intake_and_starts_nothing_new()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToSummary()
            .UserSays("ja").BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("nee").BotSaysAnything()
            .ConversationEnds()
            .UserSays("ik wil dood")
            .BotReplies(r => Assert.Contains("1813", r.Text, StringComparison.Ordinal))
            .BotSaysAnything()
            .BotSaysContaining("Die ziet het pas als hij of zij je antwoorden leest.")
            .AssertAsync();

        var record = state.Record()!;
        Assert.Equal(IntakeStatus.Submitted, record.Status);
        Assert.Equal(CrisisCategory.Suicide, Assert.Single(record.Urgent).Category);
        Assert.Equal("ik wil dood", record.Urgent[0].Quote);
        Assert.Empty(state.Stack);
    }

    [Fact]
    public async Task The_network_dialog_gets_the_earlier_answers()
    {
        var state = await new TranscriptTest(IntakeScript.Engine()).ToSummary().AssertAsync();

        // The stand-in puts how many earlier answers it received in Satisfaction.
        Assert.Equal(17, state.Record()?.Network?.Satisfaction);
    }

    [Fact]
    public async Task The_summary_is_a_card_where_the_channel_has_cards_and_text_only_elsewhere()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToNetwork()
            .UserSays("Lies")
            .BotSaysAnything()
            .BotReplies(r => Assert.Contains(r.Card!.Facts, f => f.Key == "Mensen rondom jou" && f.Value.Contains("Lies", StringComparison.Ordinal)))
            .BotSays("Klopt dit?")
            .AssertAsync();

        await new TranscriptTest(IntakeScript.Engine())
            .ToNetwork()
            .WithCapabilities(ChannelCapabilities.TextOnly)
            .UserSays("Lies")
            .BotSaysAnything()
            .BotReplies(r =>
            {
                Assert.Null(r.Card);
                Assert.Contains("- Mensen rondom jou: ", r.Text, StringComparison.Ordinal);
                Assert.Contains("Lies", r.Text, StringComparison.Ordinal);
            })
            .BotSays("Klopt dit?")
            .AssertAsync();
    }

    [Fact]
    public async Task A_no_on_the_check_back_asks_to_say_it_again_in_other_words()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row("het gaat niet goed", "Waarmee zou je graag geholpen worden?")
            .Row("mijn papieren", "Heb ik goed begrepen dat dit je vraag is: \"mijn papieren\"?")
            .Row("nee", "Dank je. Kan je het nog eens zeggen, in andere woorden?")
            .UserSays("ik krijg mijn brieven niet gelezen")
            .BotSays("Stap 3 van 8: de wondervraag.")
            .BotSaysAnything()
            .BotSaysAnything()
            .AssertAsync();

        Assert.Equal("ik krijg mijn brieven niet gelezen", state.Record()?.Answer("qbq.restated")?.Text);
        Assert.Equal("false", state.Record()?.Answer("qbq.check")?.Value);
    }

    [Theory]
    [InlineData("10", "Een 10, mooi! Wat maakt dat het zo goed gaat?", "Wat helpt je om het zo te houden?")]
    [InlineData("zeven", "Wat maakt dat het al een 7 is en geen 0?", "Wat zou een 8 betekenen? Wat is er dan anders?")]
    public async Task Scaling_follow_ups_fit_the_number(string answer, string first, string second)
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .Row(answer, first)
            .Row("iets", second)
            .AssertAsync();
    }

    [Fact]
    public async Task A_zero_is_first_checked_for_danger_and_then_gets_its_own_follow_ups()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .Row("0", "Een 0 is heel laag. Dank je dat je het eerlijk zegt. Soms voelen mensen zich zo slecht dat ze er niet meer willen zijn. Is dat bij jou ook zo?")
            .UserSays("nee")
            .BotSaysContaining("Bel dan 1813.")
            .BotSays("Het is nu heel zwaar. Wat helpt je om vol te houden?")
            .Row("iets", "Wat zou een 1 betekenen? Wat is er dan anders?")
            .AssertAsync();
    }

    [Fact]
    public async Task A_scale_answer_that_is_not_a_number_is_asked_again_and_then_kept_as_text()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .Row("goed", "Ik begrijp het getal niet goed. Typ een getal van 0 tot 10. Bijvoorbeeld: 4.")
            .Row("heel goed", "Ik begrijp het getal niet goed. Typ een getal van 0 tot 10. Bijvoorbeeld: 4.")
            .Row("super", "Dat is goed. Wat gaat er nu al een beetje goed, hoe klein ook?")
            .AssertAsync();

        Assert.Equal("super", state.Record()?.Answer("scaling.score")?.Text);
        Assert.Null(state.Record()?.Answer("scaling.score")?.Value);
    }

    [Fact]
    public async Task English_locale_runs_the_intake_in_english()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .WithLocale("en-US")
            .StartConversation()
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("yes")
            .BotSays("Thank you. Let us begin.")
            .BotSaysAnything()
            .BotSays("Step 1 of 8: your name.")
            .BotSaysAnything()
            .Row("Sam", "Nice to meet you, Sam.", "Step 2 of 8: your question.", "What brings you here?")
            .AssertAsync();
    }
}
