using System.Globalization;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Tests.Support;

namespace GesprekBot.Dialogs.Engine.Tests.Prompts;

public class NumberPromptTests
{
    private static readonly PromptOptions Question = PromptOptions.Ask("Hoeveel?", "Een getal, graag.");

    [Fact]
    public async Task Int_IsRecognized()
    {
        await PromptHarness.Transcript(new NumberPrompt<int>("n"), Question)
            .Row("hoi", "Hoeveel?")
            .Row("12", "Recognized|12|12")
            .AssertAsync();
    }

    [Theory]
    [InlineData("7,5")]
    [InlineData("7.5")]
    public async Task Decimal_AcceptsCommaAndPoint(string answer)
    {
        await PromptHarness.Transcript(new NumberPrompt<decimal>("n"), Question, v => v.ToString(CultureInfo.InvariantCulture))
            .Row("hoi", "Hoeveel?")
            .Row(answer, $"Recognized|7.5|{answer}")
            .AssertAsync();
    }

    [Fact]
    public async Task NotANumber_GetsTheRetryPrompt_ThenAcceptsANumber()
    {
        await PromptHarness.Transcript(new NumberPrompt<int>("n"), Question)
            .Row("hoi", "Hoeveel?")
            .Row("veel", "Een getal, graag.")
            .Row("3", "Recognized|3|3")
            .AssertAsync();
    }

    [Fact]
    public async Task OutOfRange_IsRetried()
    {
        await PromptHarness.Transcript(new NumberPrompt<int>("n") { Min = 0, Max = 10 }, Question)
            .Row("hoi", "Hoeveel?")
            .Row("11", "Een getal, graag.")
            .Row("-1", "Een getal, graag.")
            .Row("10", "Recognized|10|10")
            .AssertAsync();
    }

    [Fact]
    public async Task TooManyAttempts_EndsThePrompt_KeepingTheLastText()
    {
        await PromptHarness.Transcript(new NumberPrompt<int>("n"), Question with { MaxAttempts = 2 })
            .Row("hoi", "Hoeveel?")
            .Row("geen idee", "Een getal, graag.")
            .Row("een stuk of vijf", "TooManyAttempts|-|een stuk of vijf")
            .AssertAsync();
    }

    [Fact]
    public async Task Validator_SeesValueAndAttemptCount_AndItsOwnMessageReplacesTheRetryPrompt()
    {
        var attemptsSeen = new List<int>();
        var prompt = new NumberPrompt<int>("n", async (p, ct) =>
        {
            attemptsSeen.Add(p.AttemptCount);
            if (p.Value % 2 == 0)
            {
                return true;
            }

            await p.SendAsync($"{p.Value} is oneven.", ct);
            return false;
        });

        await PromptHarness.Transcript(prompt, Question)
            .Row("hoi", "Hoeveel?")
            .Row("x", "Een getal, graag.")
            .Row("3", "3 is oneven.")
            .Row("4", "Recognized|4|4")
            .AssertAsync();

        Assert.Equal([2, 3], attemptsSeen);
    }

    [Fact]
    public async Task ValidatorThatSaysNothing_LeavesTheRetryPrompt()
    {
        var prompt = new NumberPrompt<int>("n", (p, _) => Task.FromResult(p.Value > 0));

        await PromptHarness.Transcript(prompt, Question)
            .Row("hoi", "Hoeveel?")
            .Row("0", "Een getal, graag.")
            .Row("1", "Recognized|1|1")
            .AssertAsync();
    }

    [Fact]
    public async Task Skip_EndsWithSkipped_KeepingTheText()
    {
        await PromptHarness.Transcript(new NumberPrompt<int>("n"), Question)
            .Row("hoi", "Hoeveel?")
            .Row("overslaan", "Skipped|-|overslaan")
            .AssertAsync();
    }

    [Fact]
    public async Task NoLimit_WhenMaxAttemptsIsZero()
    {
        var transcript = PromptHarness.Transcript(new NumberPrompt<int>("n"), Question with { MaxAttempts = 0 }).Row("hoi", "Hoeveel?");
        for (var i = 0; i < 5; i++)
        {
            transcript.Row("nee", "Een getal, graag.");
        }

        await transcript.Row("5", "Recognized|5|5").AssertAsync();
    }
}
