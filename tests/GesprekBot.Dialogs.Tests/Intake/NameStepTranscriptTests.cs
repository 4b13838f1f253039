using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Intake;

/// <summary>The client walk's name replies (H6: s01, s07, s08, s09, s13) as regression transcripts.</summary>
public class NameStepTranscriptTests
{
    private const string NameQuestion = "Hoe wil je dat ik je noem? Een voornaam of een bijnaam is goed. Je mag dit ook overslaan.";
    private const string Why =
        "Ik vraag het alleen om je bij je naam te noemen. Een bijnaam is ook goed. Wil je liever geen naam geven? Dat mag. Typ dan \"overslaan\".";

    [Theory]
    [InlineData("ik ben kevin", "Kevin")]
    [InlineData("ik heet Els maar iedereen noemt mij Elske", "Elske")]
    [InlineData("ze noemen mij Dee", "Dee")]
    [InlineData("hallo ik ben Mo 😊", "Mo")]
    public async Task The_name_is_taken_from_the_sentence_stored_and_greeted(string reply, string name)
    {
        var state = await ToNameQuestion(new TranscriptTest(IntakeScript.Engine()))
            .Row(reply, $"Fijn je te leren kennen, {name}.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
            .AssertAsync();

        AssertName(state, name);
    }

    [Fact]
    public async Task English_my_name_is_Sarah_is_Sarah()
    {
        var state = await ToNameQuestionInEnglish()
            .Row("my name is Sarah", "Nice to meet you, Sarah.", "Step 2 of 8: your question.", "What brings you here?")
            .AssertAsync();

        AssertName(state, "Sarah");
    }

    [Fact]
    public async Task A_question_back_gets_why_and_the_same_question_and_nothing_is_stored()
    {
        var state = await ToNameQuestion(new TranscriptTest(IntakeScript.Engine()))
            .Row("waarom wil je dat weten?", Why, NameQuestion)
            .AssertAsync();

        Assert.Null(state.Record()?.PreferredName);

        await ToNameQuestion(new TranscriptTest(IntakeScript.Engine()))
            .Row("waarom wil je dat weten?", Why, NameQuestion)
            .Row("Kim", "Fijn je te leren kennen, Kim.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
            .AssertAsync();
    }

    [Fact]
    public async Task An_English_question_back_is_answered_in_English()
    {
        await ToNameQuestionInEnglish()
            .Row("why?",
                "I only ask so I can call you by your name. A nickname is fine too. Would you rather not give a name? That's fine. Then type \"skip\".",
                "What would you like me to call you? A first name or a nickname is fine. You may also skip this.")
            .UserSays("Test")
            .BotSays("May I call you Test?").BotOffers("Yes", "No")
            .Row("yes", "Nice to meet you, Test.", "Step 2 of 8: your question.", "What brings you here?")
            .AssertAsync();
    }

    [Fact]
    public async Task An_unsure_name_is_checked_back_and_a_yes_keeps_it()
    {
        var state = await ToNameQuestion(new TranscriptTest(IntakeScript.Engine()))
            .UserSays("Test")
            .BotSays("Mag ik je Test noemen?").BotOffers("Ja", "Nee")
            .Row("ja", "Fijn je te leren kennen, Test.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
            .AssertAsync();

        AssertName(state, "Test");
    }

    [Fact]
    public async Task A_no_on_the_check_asks_the_name_once_more_then_goes_on_without()
    {
        var state = await ToNameQuestion(new TranscriptTest(IntakeScript.Engine()))
            .UserSays("Test").BotSays("Mag ik je Test noemen?").BotOffers("Ja", "Nee")
            .Row("nee", "Oké. Hoe mag ik je dan noemen?")
            .UserSays("Schat").BotSays("Mag ik je Schat noemen?").BotOffers("Ja", "Nee")
            .Row("nee",
                "Dat is goed. We gaan verder zonder naam. Je kan je naam later nog geven, bij de samenvatting.",
                "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
            .AssertAsync();

        Assert.Null(state.Record()?.PreferredName);
    }

    [Fact]
    public async Task A_new_name_at_the_check_back_is_taken()
    {
        var state = await ToNameQuestion(new TranscriptTest(IntakeScript.Engine()))
            .UserSays("Test").BotSays("Mag ik je Test noemen?").BotOffers("Ja", "Nee")
            .Row("noem mij maar Tess", "Fijn je te leren kennen, Tess.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
            .AssertAsync();

        AssertName(state, "Tess");
    }

    [Fact]
    public async Task Skipping_and_refusing_still_go_on_without_a_name()
    {
        foreach (var reply in new[] { "overslaan", "liever niet" })
        {
            var state = await ToNameQuestion(new TranscriptTest(IntakeScript.Engine()))
                .Row(reply, "Dat is goed.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
                .AssertAsync();

            Assert.Null(state.Record()?.PreferredName);
        }
    }

    [Fact]
    public async Task A_sentence_without_a_name_is_asked_again()
    {
        await ToNameQuestion(new TranscriptTest(IntakeScript.Engine()))
            .Row("ik heb problemen met mijn geld",
                "Ik heb daar geen naam in gevonden. Typ alleen je voornaam of een bijnaam. Of typ \"overslaan\".")
            .Row("jo", "Fijn je te leren kennen, Jo.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
            .AssertAsync();
    }

    [Fact]
    public async Task Back_from_the_question_after_the_name_returns_to_the_name()
    {
        var state = await ToNameQuestion(new TranscriptTest(IntakeScript.Engine()))
            .UserSays("Test").BotSays("Mag ik je Test noemen?").BotOffers("Ja", "Nee")
            .Row("ja", "Fijn je te leren kennen, Test.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
            .UserSays("terug").BotSays("Oké, we gaan een vraag terug. Je mag je antwoord veranderen.")
            .BotSays("Mag ik je Test noemen?").BotOffers("Ja", "Nee")
            .Row("nee", "Oké. Hoe mag ik je dan noemen?")
            .Row("ik ben Tessa", "Fijn je te leren kennen, Tessa.", "Wat brengt je hier?")
            .AssertAsync();

        AssertName(state, "Tessa");
    }

    [Fact]
    public async Task A_conversation_stored_at_the_name_question_by_the_previous_build_asks_again_and_goes_on()
    {
        // Written before the name step could ask again: no "nameAsk" in the intake's values.
        const string Stored = """
            {"format":1,"stack":[
              {"id":"intake","version":2,"options":null,"state":{"index":1,"values":{"consentAt":"2026-11-22T10:00:00+00:00","preferredName":null},
                "history":[{"index":0,"valuesBefore":{},"input":null,"waited":true},{"index":1,"valuesBefore":{},"input":null,"waited":true}]}},
              {"id":"intake.name","version":1,"options":{"prompt":{"text":"Hoe wil je dat ik je noem?","choices":[]},"maxAttempts":3},"state":{"attempts":0}}
            ],"values":{}}
            """;
        var state = await new TranscriptTest(IntakeScript.Engine(), Stored)
            .Row("waarom wil je dat weten?", Why, NameQuestion)
            .Row("ik ben kevin", "Fijn je te leren kennen, Kevin.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
            .AssertAsync();

        AssertName(state, "Kevin");
    }

    private static TranscriptTest ToNameQuestion(TranscriptTest test) => test
        .StartConversation()
        .BotSaysAnything().BotSaysAnything().BotSaysAnything()
        .UserSays("ja")
        .BotSays("Dank je wel. Dan beginnen we.")
        .BotSaysAnything()
        .BotSays("Stap 1 van 8: je naam.")
        .BotSays(NameQuestion);

    private static TranscriptTest ToNameQuestionInEnglish() => new TranscriptTest(IntakeScript.Engine())
        .WithLocale("en-GB")
        .StartConversation()
        .BotSaysAnything().BotSaysAnything().BotSaysAnything()
        .UserSays("yes")
        .BotSaysAnything().BotSaysAnything().BotSaysAnything()
        .BotSays("What would you like me to call you? A first name or a nickname is fine. You may also skip this.");

    private static void AssertName(ConversationState state, string name) => Assert.Equal(name, state.Record()?.PreferredName);
}
