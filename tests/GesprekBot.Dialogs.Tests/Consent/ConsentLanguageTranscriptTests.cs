using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Intake;
using static GesprekBot.Dialogs.Tests.Consent.ConsentQuestionsTranscriptTests;

namespace GesprekBot.Dialogs.Tests.Consent;

/// <summary>"English please" switches the whole conversation, whatever the channel's locale (client-walk H10, s19).</summary>
public class ConsentLanguageTranscriptTests
{
    private const string EnglishConsent = "May I keep your answers? Then your social worker can read them. Only the social workers of the service where you ask for help (for example the CAW) can read them. You can always have them deleted. Do you have a question first? Just ask.";

    [Fact]
    public async Task The_welcome_offers_english()
    {
        await new Engine.Testing.TranscriptTest(GesprekBotDialogs.CreateEngine(TimeProvider.System))
            .StartConversation()
            .BotSaysContaining("In English? Type: English.")
            .BotSaysAnything()
            .BotSaysAnything()
            .AssertAsync();
    }

    [Theory]
    [InlineData("English")]
    [InlineData("english")]
    [InlineData("English please")]
    [InlineData("in English?")]
    [InlineData("I don't understand Dutch")]
    [InlineData("hello, do you speak english?")]
    [InlineData("kan het in het Engels?")]
    public async Task Asking_for_english_switches_the_whole_conversation(string request)
    {
        var state = await Start("nl-BE")
            .UserSays(request)
            .BotSays("Okay, we go on in English.")
            .BotSaysContaining("Hello, I am GesprekBot.")
            .BotSaysContaining("I am not a helpline.")
            .BotSays(EnglishConsent)
            .BotOffers("Yes", "No")
            .UserSays("yes")
            .BotSays("Thank you. Let us begin.")
            .BotSaysAnything()
            .BotSays("Step 1 of 8: your name.")
            .BotSaysContaining("What would you like me to call you?")
            .AssertAsync();

        Assert.Equal("en", state.Get<string>(DialogCulture.ChoiceKey));
        Assert.Equal("en", state.Record()?.Locale);
    }

    [Fact]
    public async Task A_first_message_in_english_gets_the_welcome_in_english()
    {
        await new Engine.Testing.TranscriptTest(GesprekBotDialogs.CreateEngine(TimeProvider.System))
            .WithLocale("nl-BE")
            .UserSays("hello, do you speak english?")
            .BotSaysContaining("Hello, I am GesprekBot.")
            .BotSaysContaining("I am not a helpline.")
            .BotSays(EnglishConsent)
            .AssertAsync();
    }

    [Fact]
    public async Task An_english_question_is_answered_in_english()
    {
        await Start("nl-BE")
            .UserSays("who reads this?")
            .BotSays("Okay, we go on in English.")
            .BotSaysAnything()
            .BotSaysAnything()
            .BotSays("Only the social workers of the service where you ask for help, for example the CAW. They read your answers to prepare your conversation. I do not give them to anyone else.")
            .BotSays(EnglishConsent)
            .AssertAsync();
    }

    [Fact]
    public async Task Nederlands_switches_back_to_dutch()
    {
        var state = await Start("en-GB")
            .UserSays("Nederlands")
            .BotSays("Oké, we gaan verder in het Nederlands.")
            .BotSaysContaining("Hallo, ik ben GesprekBot.")
            .BotSaysContaining("112")
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .BotOffers("Ja", "Nee")
            .UserSays("in het Nederlands graag")
            .BotSays(AskAgain)
            .AssertAsync();

        Assert.Equal("nl-BE", state.Get<string>(DialogCulture.ChoiceKey));
    }

    [Fact]
    public async Task A_dutch_sentence_on_an_english_page_switches_to_dutch()
    {
        await Start("en-US")
            .UserSays("wie leest dit?")
            .BotSays("Oké, we gaan verder in het Nederlands.")
            .BotSaysAnything()
            .BotSaysAnything()
            .BotSays(WhoReads)
            .BotSaysContaining("Mag ik je antwoorden bewaren?")
            .AssertAsync();
    }
}
