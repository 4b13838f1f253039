using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Dialogs.Tests.Intake;

public class IntakeConsentTranscriptTests
{
    private const string Welcome = "Hallo, ik ben GesprekBot.";
    private const string Consent = "Mag ik je antwoorden bewaren?";

    private static TranscriptTest Start(string locale = "nl-BE") =>
        new TranscriptTest(GesprekBotDialogs.CreateEngine(TimeProvider.System))
            .WithLocale(locale)
            .StartConversation()
            .BotSaysContaining(Welcome)
            .BotSaysContaining("112")
            .BotSaysContaining(Consent)
            .BotOffers("Ja", "Nee");

    [Fact]
    public async Task Consent_then_name_is_greeted_by_that_name()
    {
        await Start()
            .Row("ja", "Dank je wel. Dan beginnen we.", "Je kan altijd \"help\", \"terug\", \"overslaan\", \"pauze\" of \"opnieuw\" typen.",
                "Stap 1 van 8: je naam.", "Hoe wil je dat ik je noem? Een voornaam of een bijnaam is goed. Je mag dit ook overslaan.")
            .Row("Sam", "Fijn je te leren kennen, Sam.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?")
            .AssertAsync();
    }

    [Theory]
    [InlineData("nee")]
    [InlineData("Nee")]
    public async Task No_consent_ends_kindly_and_keeps_nothing(string answer)
    {
        var state = await Start()
            .UserSays(answer)
            .BotSaysContaining("Ik bewaar niets van wat je zegt.")
            .ConversationEnds()
            .AssertAsync();

        Assert.Empty(state.Stack);
        Assert.Null(state.Record());
    }

    [Fact]
    public async Task Unclear_answers_are_asked_again_kindly_and_never_count_as_no()
    {
        var state = await Start()
            .UserSays("pff")
            .BotSays("Ik begrijp je niet goed. Dat is niet erg. Mag ik je antwoorden bewaren? Kies \"Ja\" of \"Nee\". Je mag ook eerst iets vragen.")
            .BotOffers("Wie leest dit?", "Hoe lang?", "Wissen?", "Ja", "Nee")
            .UserSays("oui")
            .BotSaysContaining("Ik begrijp je niet goed.")
            .UserSays("bonjour")
            .BotSaysContaining("Ik begrijp je niet goed.")
            .UserSays("blabla")
            .BotSaysContaining("Ik begrijp je niet goed.")
            .Then((result, _) => Assert.False(result.ConversationEnded))
            .Row("ja", "Dank je wel. Dan beginnen we.", "Je kan altijd \"help\", \"terug\", \"overslaan\", \"pauze\" of \"opnieuw\" typen.",
                "Stap 1 van 8: je naam.", "Hoe wil je dat ik je noem? Een voornaam of een bijnaam is goed. Je mag dit ook overslaan.")
            .AssertAsync();

        Assert.NotNull(state.Record());
    }

    [Fact]
    public async Task A_message_before_any_greeting_starts_with_the_welcome()
    {
        await new TranscriptTest(GesprekBotDialogs.CreateEngine(TimeProvider.System))
            .UserSays("hallo")
            .BotSaysContaining(Welcome)
            .BotSaysAnything()
            .BotSaysContaining(Consent)
            .AssertAsync();
    }

    [Fact]
    public async Task A_returning_user_is_asked_the_open_question_again()
    {
        await Start()
            .StartConversation()
            .BotSaysContaining(Consent)
            .AssertAsync();
    }

    [Fact]
    public async Task English_locale_gets_english_texts_and_buttons()
    {
        await new TranscriptTest(GesprekBotDialogs.CreateEngine(TimeProvider.System))
            .WithLocale("en-GB")
            .StartConversation()
            .BotSaysContaining("Hello, I am GesprekBot.")
            .BotSaysContaining("I am not a helpline.")
            .BotSaysContaining("May I keep your answers?")
            .BotOffers("Yes", "No")
            .AssertAsync();
    }

    [Fact]
    public async Task A_very_long_name_is_shortened_not_refused()
    {
        // 67 characters in four parts: more than three words is checked back; the check and the name are cut at a word.
        const string name = "Maria-Magdalena Theresia-Josephina Wilhelmina-Charlotte Anna-Louisa";
        const string kept = "Maria-Magdalena Theresia-Josephina Wilhelmina-Charlotte";
        var state = await Start()
            .UserSays("ja")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays(name)
            .BotSays($"Mag ik je {kept} noemen?").BotOffers("Ja", "Nee")
            .UserSays("ja")
            .BotSays($"Fijn je te leren kennen, {kept}.")
            .BotSaysAnything().BotSaysAnything()
            .AssertAsync();

        Assert.Equal(kept, state.Record()?.PreferredName);
    }
}
