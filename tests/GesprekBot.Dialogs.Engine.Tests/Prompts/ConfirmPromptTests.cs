using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Tests.Support;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Tests.Prompts;

public class ConfirmPromptTests
{
    private static readonly PromptOptions Question = PromptOptions.Ask("Mag ik je antwoorden bewaren?", "Ja of nee?");

    [Theory]
    [InlineData("ja", "true")]
    [InlineData("Ja!", "true")]
    [InlineData("yes", "true")]
    [InlineData("nee", "false")]
    [InlineData("Neen.", "false")]
    [InlineData("NO", "false")]
    public async Task YesAndNo_AreRecognized(string answer, string expected)
    {
        await PromptHarness.Transcript(new ConfirmPrompt("ok"), Question)
            .Row("hoi", "Mag ik je antwoorden bewaren?")
            .Row(answer, $"Recognized|{expected}|{answer}")
            .AssertAsync();
    }

    [Fact]
    public async Task OffersJaNee_InDutch()
    {
        await PromptHarness.Transcript(new ConfirmPrompt("ok"), Question)
            .UserSays("hoi").BotSays("Mag ik je antwoorden bewaren?").BotOffers("Ja", "Nee")
            .AssertAsync();
    }

    [Fact]
    public async Task OffersYesNo_InEnglish()
    {
        await PromptHarness.Transcript(new ConfirmPrompt("ok"), Question)
            .WithLocale("en-GB")
            .UserSays("hi").BotSays("Mag ik je antwoorden bewaren?").BotOffers("Yes", "No")
            .AssertAsync();
    }

    [Fact]
    public async Task ButtonsOfTheQuestion_AreKept()
    {
        var options = new PromptOptions { Prompt = Reply.Ask("Klopt dit?", new ReplyChoice("Ja, klopt"), new ReplyChoice("Nee")) };

        await PromptHarness.Transcript(new ConfirmPrompt("ok", recognizer: (t, _) => Recognition.Success(t.StartsWith("Ja", StringComparison.Ordinal))), options)
            .UserSays("hoi").BotSays("Klopt dit?").BotOffers("Ja, klopt", "Nee")
            .Row("Ja, klopt", "Recognized|true|Ja, klopt")
            .AssertAsync();
    }

    [Fact]
    public async Task Maybe_IsRetried()
    {
        await PromptHarness.Transcript(new ConfirmPrompt("ok"), Question)
            .Row("hoi", "Mag ik je antwoorden bewaren?")
            .UserSays("misschien").BotSays("Ja of nee?").BotOffers("Ja", "Nee")
            .AssertAsync();
    }

    [Fact]
    public async Task Buttons_CanComeFromTheApp()
    {
        var prompt = new ConfirmPrompt("ok") { Buttons = _ => [new ReplyChoice("Jazeker"), new ReplyChoice("Liever niet", "nee")] };

        await PromptHarness.Transcript(prompt, Question)
            .UserSays("hoi").BotSays("Mag ik je antwoorden bewaren?").BotOffers("Jazeker", "Liever niet")
            .Row("nee", "Recognized|false|nee")
            .AssertAsync();
    }

    [Fact]
    public async Task TooManyAttempts_KeepsTheLastRawText()
    {
        await PromptHarness.Transcript(new ConfirmPrompt("ok"), Question with { MaxAttempts = 2 })
            .Row("hoi", "Mag ik je antwoorden bewaren?")
            .UserSays("misschien").BotSays("Ja of nee?")
            .Row("weet ik niet", "TooManyAttempts|-|weet ik niet")
            .AssertAsync();
    }

    [Fact]
    public async Task Validator_CanRefuseARecognizedAnswer()
    {
        var prompt = new ConfirmPrompt("ok", (p, _) => Task.FromResult(p.Value));

        await PromptHarness.Transcript(prompt, Question)
            .Row("hoi", "Mag ik je antwoorden bewaren?")
            .UserSays("nee").BotSays("Ja of nee?")
            .Row("ja", "Recognized|true|ja")
            .AssertAsync();
    }
}
