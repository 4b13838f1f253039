using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Tests.Support;

namespace GesprekBot.Dialogs.Engine.Tests.Prompts;

public class TextPromptTests
{
    [Fact]
    public async Task Answer_IsReturnedTrimmed_WithTheRawText()
    {
        await PromptHarness.Transcript(new TextPrompt("text"), PromptOptions.Ask("Hoe heet je?"), v => v)
            .UserSays("hoi").BotSays("Hoe heet je?")
            .Row("  Tom ", "Recognized|Tom|  Tom ")
            .AssertAsync();
    }

    [Fact]
    public async Task BlankAnswer_GetsTheRetryPrompt()
    {
        await PromptHarness.Transcript(new TextPrompt("text"), PromptOptions.Ask("Hoe heet je?", "Je naam, graag."), v => v)
            .Row("hoi", "Hoe heet je?")
            .Row(" ", "Je naam, graag.")
            .Row("An", "Recognized|An|An")
            .AssertAsync();
    }

    [Fact]
    public async Task InjectedRecognizer_ReplacesTheDefault()
    {
        var prompt = new TextPrompt("text", recognizer: (text, _) =>
            text.StartsWith('#') ? Recognition.Success(text[1..]) : Recognition.Failed<string>());

        await PromptHarness.Transcript(prompt, PromptOptions.Ask("Code?"), v => v)
            .Row("hoi", "Code?")
            .Row("abc", "Code?")
            .Row("#abc", "Recognized|abc|#abc")
            .AssertAsync();
    }

    [Fact]
    public async Task Question_IsMarkedAsExpectingInput()
    {
        await PromptHarness.Transcript(new TextPrompt("text"), new PromptOptions { Prompt = Engine.Turns.Reply.Say("Naam?") })
            .UserSays("hoi")
            .BotReplies(reply => Assert.Equal(Engine.Turns.ReplyInputHint.ExpectingInput, reply.InputHint))
            .AssertAsync();
    }

    [Fact]
    public async Task TooManyAttempts_KeepsTheLastRawText()
    {
        await PromptHarness.Transcript(new TextPrompt("text"), PromptOptions.Ask("Naam?") with { MaxAttempts = 2 }, v => v)
            .Row("hoi", "Naam?")
            .Row("", "Naam?")
            .Row("   ", "TooManyAttempts|-|   ")
            .AssertAsync();
    }

    [Fact]
    public async Task Validator_CanRefuseARecognizedText()
    {
        var prompt = new TextPrompt("text", async (p, ct) =>
        {
            if (p.Value.Length >= 2)
            {
                return true;
            }

            await p.SendAsync("Minstens twee letters, graag.", ct);
            return false;
        });

        await PromptHarness.Transcript(prompt, PromptOptions.Ask("Naam?"), v => v)
            .Row("hoi", "Naam?")
            .Row("T", "Minstens twee letters, graag.")
            .Row("To", "Recognized|To|To")
            .AssertAsync();
    }
}
