using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Tests.Support;

namespace GesprekBot.Dialogs.Engine.Tests.Prompts;

public class ChoicePromptTests
{
    private static readonly PromptOptions Domains = new()
    {
        Prompt = Engine.Turns.Reply.Ask("Welk domein?"),
        RetryPrompt = Engine.Turns.Reply.Ask("Kies een domein uit de lijst."),
        Choices = [new Choice("Familie", ["fam", "gezin"]), new Choice("Vrienden"), new Choice("Buren")],
    };

    private static string Show(FoundChoice c) => $"{c.Value}@{c.Index}";

    private static string ShowAll(IReadOnlyList<FoundChoice> cs) => string.Join("+", cs.Select(Show));

    [Fact]
    public async Task Choices_AreOfferedAsButtons()
    {
        await PromptHarness.Transcript(new ChoicePrompt("c"), Domains, Show)
            .UserSays("hoi").BotSays("Welk domein?").BotOffers("Familie", "Vrienden", "Buren")
            .AssertAsync();
    }

    [Theory]
    [InlineData("Vrienden", "Vrienden@1")]
    [InlineData("vrienden", "Vrienden@1")]
    [InlineData(" BUREN ", "Buren@2")]
    [InlineData("gezin", "Familie@0")]
    [InlineData("1", "Familie@0")]
    [InlineData("3", "Buren@2")]
    public async Task Choice_ByTextSynonymOrNumber(string answer, string expected)
    {
        await PromptHarness.Transcript(new ChoicePrompt("c"), Domains, Show)
            .UserSays("hoi").BotSaysAnything()
            .Row(answer, $"Recognized|{expected}|{answer}")
            .AssertAsync();
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("collega's")]
    public async Task UnknownChoice_GetsTheRetryPromptWithButtons(string answer)
    {
        await PromptHarness.Transcript(new ChoicePrompt("c"), Domains, Show)
            .UserSays("hoi").BotSaysAnything()
            .UserSays(answer).BotSays("Kies een domein uit de lijst.").BotOffers("Familie", "Vrienden", "Buren")
            .AssertAsync();
    }

    [Fact]
    public async Task WithoutChoices_IsAProgrammingError()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PromptHarness.Transcript(new ChoicePrompt("c"), PromptOptions.Ask("Welk?"), Show).UserSays("hoi").AssertAsync());
    }

    [Theory]
    [InlineData("familie, buren", "Familie@0+Buren@2")]
    [InlineData("1 en 2", "Familie@0+Vrienden@1")]
    [InlineData("vrienden", "Vrienden@1")]
    [InlineData("buren; buren", "Buren@2")]
    public async Task MultiChoice_RecognizesSeveralChoices(string answer, string expected)
    {
        await PromptHarness.Transcript(new MultiChoicePrompt("m"), Domains, ShowAll)
            .UserSays("hoi").BotSays("Welk domein?").BotOffers("Familie", "Vrienden", "Buren")
            .Row(answer, $"Recognized|{expected}|{answer}")
            .AssertAsync();
    }

    [Fact]
    public async Task MultiChoice_OneUnknownPart_IsRetried()
    {
        await PromptHarness.Transcript(new MultiChoicePrompt("m"), Domains, ShowAll)
            .UserSays("hoi").BotSaysAnything()
            .UserSays("familie, collega's").BotSaysAnything()
            .Row("familie", "Recognized|Familie@0|familie")
            .AssertAsync();
    }

    [Fact]
    public async Task TooManyAttempts_KeepsTheLastRawText()
    {
        await PromptHarness.Transcript(new ChoicePrompt("c"), Domains with { MaxAttempts = 1 }, Show)
            .UserSays("hoi").BotSaysAnything()
            .Row("mijn hond", "TooManyAttempts|-|mijn hond")
            .AssertAsync();
    }

    [Fact]
    public async Task Validator_SeesTheFoundChoice()
    {
        var prompt = new ChoicePrompt("c", async (p, ct) =>
        {
            if (p.Value.Index != 2)
            {
                return true;
            }

            await p.SendAsync("Buren komen straks.", ct);
            return false;
        });

        await PromptHarness.Transcript(prompt, Domains, Show)
            .UserSays("hoi").BotSaysAnything()
            .Row("buren", "Buren komen straks.")
            .Row("2", "Recognized|Vrienden@1|2")
            .AssertAsync();
    }

    [Fact]
    public async Task MultiChoice_ValidatorCanLimitTheNumberOfChoices()
    {
        var prompt = new MultiChoicePrompt("m", (p, _) => Task.FromResult(p.Value.Count <= 2));

        await PromptHarness.Transcript(prompt, Domains, ShowAll)
            .UserSays("hoi").BotSaysAnything()
            .Row("1, 2, 3", "Kies een domein uit de lijst.")
            .Row("1, 3", "Recognized|Familie@0+Buren@2|1, 3")
            .AssertAsync();
    }
}
