using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Interruptions;

public class HelpBackSkipTranscriptTests
{
    private const string Commands = "Typ \"terug\" om terug te gaan, \"overslaan\" om de vraag over te slaan, \"pauze\" om later verder te doen, of \"opnieuw\" om opnieuw te beginnen.";

    [Fact]
    public async Task Help_at_the_consent_explains_consent_and_asks_again()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .StartConversation()
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("help")
            .BotSaysContaining("Als je \"Ja\" kiest")
            .BotSays(Commands)
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .BotOffers("Ja", "Nee")
            .AssertAsync();
    }

    [Theory]
    [InlineData("hulp")]
    [InlineData("Help!")]
    [InlineData("?")]
    public async Task Help_is_contextual_for_the_open_question(string word)
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToMiracle()
            .Row(word, "Stel je voor dat alles morgen beter is. Wat zie je dan? Wat is er anders dan nu?", Commands)
            .BotSaysContaining("Wat zal er dan anders zijn?")
            .AssertAsync();
    }

    [Fact]
    public async Task Help_at_the_scale_then_an_answer_goes_on_as_usual()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .Row("help", "Kies een getal van 0 tot 10. Hoe hoger, hoe beter het nu gaat.", Commands)
            .BotSaysContaining("Waar sta je nu?")
            .Row("3", "Wat maakt dat het al een 3 is en geen 0?")
            .AssertAsync();
    }

    [Fact]
    public async Task Back_then_a_new_answer_changes_the_stored_answer()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row("eenzaam", "Waarmee zou je graag geholpen worden?")
            .Row("terug", "Oké, we gaan een vraag terug. Je mag je antwoord veranderen.", "Wat brengt je hier?")
            .Row("ik ben veel alleen", "Waarmee zou je graag geholpen worden?")
            .AssertAsync();

        Assert.Equal("ik ben veel alleen", state.Record()?.Answer("qbq.why")?.Text);
    }

    [Fact]
    public async Task Back_across_techniques_returns_to_the_last_question_of_the_previous_one()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .UserSays("terug")
            .BotSaysContaining("Oké, we gaan een vraag terug.")
            .BotSays("Hoe zullen zij op jou reageren?")
            .UserSays("ze lachen")
            .BotSaysContaining("Waar sta je nu?")
            .AssertAsync();
    }

    [Fact]
    public async Task Back_and_then_skip_keeps_the_earlier_answer()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToMiracle()
            .Row("ik lach meer", "Wat nog meer?")
            .Row("terug", "Oké, we gaan een vraag terug. Je mag je antwoord veranderen.")
            .BotSaysContaining("Wat zal er dan anders zijn?")
            .Row("overslaan", "Oké, we slaan deze vraag over.", "Wat nog meer?")
            .AssertAsync();

        Assert.Equal("ik lach meer", state.Record()?.Answer("miracle.different")?.Text);
    }

    [Fact]
    public async Task Back_at_the_consent_has_nothing_to_go_back_to()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .StartConversation()
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .Row("terug", "Dit is de eerste vraag. We kunnen niet verder terug.")
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .AssertAsync();
    }

    [Theory]
    [InlineData("overslaan")]
    [InlineData("verder")]
    [InlineData("Sla over")]
    public async Task Skip_moves_to_the_next_question_and_stores_nothing(string word)
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row(word, "Oké, we slaan deze vraag over.", "Waarmee zou je graag geholpen worden?")
            .AssertAsync();

        Assert.Null(state.Record()?.Answer("qbq.why"));
    }

    [Fact]
    public async Task Skipping_both_open_questions_skips_the_check_back()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .UserSays("overslaan").BotSaysAnything().BotSaysAnything()
            .Row("overslaan", "Oké, we slaan deze vraag over.", "Stap 3 van 8: de wondervraag.")
            .BotSaysAnything().BotSaysAnything()
            .AssertAsync();
    }

    [Fact]
    public async Task Skipping_the_scale_asks_what_already_goes_well()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToScaling()
            .Row("overslaan", "Dat is goed. Wat gaat er nu al een beetje goed, hoe klein ook?")
            .Row("ik sta op tijd op", "Wat zou een stapje beter betekenen? Wat is er dan anders?")
            .AssertAsync();
    }

    [Fact]
    public async Task An_answer_that_only_contains_a_command_word_stays_an_answer()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row("ik wil terug naar school", "Waarmee zou je graag geholpen worden?")
            .AssertAsync();

        Assert.Equal("ik wil terug naar school", state.Record()?.Answer("qbq.why")?.Text);
    }

    [Fact]
    public async Task An_empty_answer_is_asked_again_in_other_words_and_after_three_the_bot_moves_on()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row("   ", "Ik heb niets gelezen. Je mag kort antwoorden, of \"overslaan\" typen. Wat brengt je hier?")
            .Row(string.Empty, "Ik heb niets gelezen. Je mag kort antwoorden, of \"overslaan\" typen. Wat brengt je hier?")
            .Row(" ", "Waarmee zou je graag geholpen worden?")
            .AssertAsync();
    }
}
