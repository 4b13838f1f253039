using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;
using static GesprekBot.Dialogs.Tests.Consent.ConsentQuestionsTranscriptTests;

namespace GesprekBot.Dialogs.Tests.Consent;

/// <summary>Hesitation gets room, and only a clear "nee" is a refusal (client-walk H2, s10).</summary>
public class ConsentHesitationTranscriptTests
{
    private const string Hesitation = "Twijfel je? Dat mag. Wat wil je eerst weten?";
    private static readonly string[] Explanations = ["Wie leest dit?", "Hoe lang?", "Wissen?", "Ja", "Nee"];

    [Theory]
    [InlineData("ik twijfel")]
    [InlineData("wacht even")]
    [InlineData("hmm")]
    [InlineData("ik weet het niet")]
    [InlineData("misschien")]
    public async Task Hesitation_gets_room_with_the_explanations_as_buttons(string hesitation)
    {
        var state = await Start()
            .UserSays(hesitation)
            .BotSays(Hesitation)
            .BotOffers(Explanations)
            .UserSays("Hoe lang?")
            .BotSaysContaining("na 30 dagen")
            .BotSays(AskAgain)
            .UserSays("ja")
            .BotSays("Dank je wel. Dan beginnen we.")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .AssertAsync();

        Assert.NotNull(state.Record());
    }

    [Fact]
    public async Task Hmm_wacht_even_ik_twijfel_in_a_row_never_end_the_conversation()
    {
        await Start()
            .Row("hmm", Hesitation)
            .Row("wacht even", Hesitation)
            .Row("ik twijfel", Hesitation)
            .Row("ik twijfel nog", Hesitation)
            .Then((result, state) =>
            {
                Assert.False(result.ConversationEnded);
                Assert.Null(state.Record());
            })
            .AssertAsync();
    }

    [Fact]
    public async Task Asking_first_is_welcome()
    {
        await Start()
            .UserSays("mag ik eerst iets vragen")
            .BotSays("Natuurlijk. Wat wil je weten?")
            .BotOffers(Explanations)
            .Row("Wie leest dit?", WhoReads, AskAgain)
            .AssertAsync();
    }

    [Fact]
    public async Task English_hesitation_gets_english_buttons()
    {
        await Start("en")
            .UserSays("not sure")
            .BotSays("Not sure? That is fine. What would you like to know first?")
            .BotOffers("Who reads this?", "How long?", "Delete?", "Yes", "No")
            .AssertAsync();
    }

    [Fact]
    public async Task Overslaan_at_the_consent_is_not_a_no()
    {
        var state = await Start()
            .UserSays("overslaan")
            .BotSays("Deze vraag kan je niet overslaan. Zonder jouw ja bewaar ik niets en kan ik niet verder. Zeg je nee? Dan stoppen we.")
            .BotSays(AskAgain)
            .Then((result, _) => Assert.False(result.ConversationEnded))
            .AssertAsync();

        Assert.Null(state.Record());
    }

    [Theory]
    [InlineData("nl-BE", "nee", "Dat is goed. Ik bewaar niets van wat je zegt.")]
    [InlineData("nl-BE", "ik wil niet", "Dat is goed. Ik bewaar niets van wat je zegt.")]
    [InlineData("nl-BE", "ik trek mijn toestemming in", "Dat is goed. Ik bewaar niets van wat je zegt.")]
    [InlineData("en", "no", "That is fine. I will not keep anything you say.")]
    public async Task A_clear_no_ends_kindly_and_keeps_nothing(string locale, string no, string goodbye)
    {
        var state = await Start(locale)
            .UserSays(no)
            .BotSaysContaining(goodbye)
            .ConversationEnds()
            .AssertAsync();

        Assert.Null(state.Record());
    }

    [Fact]
    public async Task A_refusal_after_a_crisis_signal_repeats_the_help_lines()
    {
        var driver = new ConversationDriver(IntakeScript.Engine());
        await driver.StartAsync();
        await driver.SayAsync("ik wil zelfmoord plegen");
        var goodbye = await driver.SayAsync("nee");

        Assert.True(driver.Last!.ConversationEnded);
        Assert.StartsWith("Dat is goed. Ik bewaar niets", goodbye[0], StringComparison.Ordinal);
        Assert.Contains("1813", goodbye[^1], StringComparison.Ordinal);
        Assert.Null(driver.State.Record());
    }
}
