using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Consent;

/// <summary>Consent taken back deletes what was stored, name included (client-walk H4, s10d).</summary>
public class ConsentWithdrawalTranscriptTests
{
    private const string Keep = "Je zei eerder ja. Mag ik je antwoorden blijven bewaren? Zeg je nee? Dan wis ik alles wat je al vertelde.";
    private const string Confirm = "Wil je stoppen en alles wissen wat je me vertelde, ook je naam? Dan kan je hulpverlener het niet meer lezen.";
    private const string Done = "Ik heb alles gewist wat je me vertelde, ook je naam. Ik bewaar niets meer van jou. Je kan altijd contact opnemen met de dienst waar je hulp vraagt. Tot ziens!";

    [Fact]
    public async Task Back_to_the_consent_and_no_asks_once_then_deletes_everything()
    {
        string? id = null;
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Then((_, s) => id = s.Record()?.Id)
            .UserSays("terug")
            .BotSaysAnything().BotSays("Dank je wel. Dan beginnen we.").BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("terug")
            .BotSaysAnything()
            .BotSays(Keep)
            .BotOffers("Ja", "Nee")
            .UserSays("nee")
            .BotSays(Confirm)
            .BotOffers("Ja, wis alles", "Nee, ik doe verder")
            .UserSays("Ja, wis alles")
            .BotSays(Done)
            .ConversationEnds()
            .AssertAsync();

        Assert.Null(state.Record());
        Assert.Equal([id!], state.PendingErasures());
        Assert.DoesNotContain("Sam", state.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_confirming_keeps_everything_and_asks_the_consent_again()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .UserSays("terug").BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("terug").BotSaysAnything().BotSays(Keep)
            .Row("nee", Confirm)
            .Row("Nee, ik doe verder", "Goed, ik wis niets. We gaan verder.", Keep)
            .UserSays("ja")
            .BotSays("Dank je wel. Dan beginnen we.")
            .BotSaysAnything()
            .BotSaysContaining("Hoe wil je dat ik je noem?")
            .AssertAsync();

        Assert.Equal("Sam", state.Record()?.PreferredName);
        Assert.Empty(state.PendingErasures());
    }

    [Theory]
    [InlineData("ik wil toch niet")]
    [InlineData("ik wil niet meer meedoen")]
    [InlineData("ik wil toch niet meer meedoen")]
    [InlineData("ik trek mijn toestemming in")]
    [InlineData("Sorry, ik wil toch niet meer hoor")]
    public async Task Taking_consent_back_at_a_later_question_deletes_everything(string withdrawal)
    {
        string? id = null;
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row("ik ben veel alleen", "Waarmee zou je graag geholpen worden?")
            .Then((_, s) => id = s.Record()?.Id)
            .UserSays(withdrawal)
            .BotSays(Confirm)
            .BotOffers("Ja, wis alles", "Nee, ik doe verder")
            .UserSays("ja")
            .BotSays(Done)
            .ConversationEnds()
            .AssertAsync();

        Assert.Null(state.Record());
        Assert.Equal([id!], state.PendingErasures());
        Assert.DoesNotContain("veel alleen", state.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_no_to_the_confirmation_keeps_the_answers_and_asks_the_open_question_again()
    {
        var state = await new TranscriptTest(IntakeScript.Engine())
            .ToQuestionBehindQuestion()
            .Row("ik wil toch niet", Confirm)
            .Row("nee", "Goed, ik wis niets. We gaan verder.", "Wat brengt je hier?")
            .Row("ik ben veel alleen", "Waarmee zou je graag geholpen worden?")
            .AssertAsync();

        Assert.Equal("ik ben veel alleen", state.Record()?.Answer("qbq.why")?.Text);
        Assert.Null(state.Record()?.Answer("qbq.wish"));
        Assert.Empty(state.PendingErasures());
    }

    [Fact]
    public async Task English_withdrawal_is_confirmed_and_said_in_english()
    {
        await new TranscriptTest(IntakeScript.Engine())
            .WithLocale("en")
            .StartConversation().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("yes").BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("Kofi").BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .UserSays("I withdraw my consent")
            .BotSays("Do you want to stop and delete everything you told me, your name too? Then your social worker cannot read it.")
            .BotOffers("Yes, delete everything", "No, I will go on")
            .UserSays("Yes, delete everything")
            .BotSays("I deleted everything you told me, your name too. I keep nothing more about you. You can always contact the service where you ask for help. Goodbye!")
            .ConversationEnds()
            .AssertAsync();
    }
}
