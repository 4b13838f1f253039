using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Tests.Support;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Tests.Prompts;

public class PromptOptionsTests
{
    [Fact]
    public async Task CardAndChoices_SurviveTheSavedState_WhenTheQuestionIsAskedAgain()
    {
        var card = new ReplyCard(
            "Samenvatting",
            "Klopt dit?",
            [new("Naam", "Tom"), new("Leeftijd", "34")],
            [new ReplyChoice("Ja"), new ReplyChoice("Nee, aanpassen", "nee")]);
        var options = new PromptOptions { Prompt = Reply.Ask("Klopt dit?") with { Card = card } };

        await PromptHarness.Transcript(new ConfirmPrompt("ok"), options)
            .UserSays("hoi").BotSaysAnything()
            .StartConversation()
            .BotReplies(reply =>
            {
                Assert.Equal("Samenvatting", reply.Card!.Title);
                Assert.Equal([new("Naam", "Tom"), new("Leeftijd", "34")], reply.Card.Facts);
                Assert.Equal("nee", reply.Card.Buttons[1].SentText);
                Assert.Equal(["Ja", "Nee"], reply.Choices.Select(c => c.Title));
            })
            .AssertAsync();
    }

    [Fact]
    public void Choose_BuildsChoicesFromTexts()
    {
        var options = PromptOptions.Choose("Welk domein?", "Familie", "Buren");

        Assert.Equal(["Familie", "Buren"], options.Choices!.Select(c => c.Value));
        Assert.Equal(3, options.MaxAttempts);
        Assert.Equal(ReplyInputHint.ExpectingInput, options.Prompt.InputHint);
    }
}
