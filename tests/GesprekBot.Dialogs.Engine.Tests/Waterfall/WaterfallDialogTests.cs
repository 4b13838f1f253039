using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Tests.Support;
using GesprekBot.Dialogs.Engine.Waterfall;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Engine.Tests.Waterfall;

public class WaterfallDialogTests
{
    private sealed record Counter
    {
        public int Count { get; init; }

        public long Big { get; init; }

        public IReadOnlyList<string> Seen { get; init; } = [];
    }

    private static DialogEngine Engine(params Dialog[] dialogs) =>
        new(new DialogSet(dialogs), dialogs[0].Id, [], new FakeTimeProvider());

    [Fact]
    public async Task Steps_RunInTheOrderTheyWereAdded_AcrossTurns()
    {
        await new TranscriptTest(ProfileBot.CreateEngine())
            .Row("hoi", "Hoe heet je?")
            .Row("Tom", "Hoe oud ben je?")
            .Row("34", "Tom, 34 jaar. Klopt dat?")
            .Row("ja", "Bedankt!")
            .ConversationEnds()
            .AssertAsync();
    }

    [Fact]
    public async Task TypedState_SurvivesJsonBetweenTurns_WithNumbersStillInt32AndInt64()
    {
        var dialog = new WaterfallDialog<Counter>("count")
            .AddDialog(new TextPrompt("text"))
            .AddStep((step, ct) =>
            {
                step.State = step.State with { Count = 1, Big = 5_000_000_000L, Seen = ["a"] };
                return step.PromptAsync("text", PromptOptions.Ask("Verder?"), ct);
            })
            .AddStep(async (step, ct) =>
            {
                var state = step.State;
                await step.SendAsync($"{state.Count + 1} {state.Big + 1} {string.Join(',', state.Seen)} {step.PromptResult<string>()!.Value}", ct);
                return await step.EndAsync(null, ct);
            });

        await new TranscriptTest(Engine(dialog))
            .Row("start", "Verder?")
            .Row("ok", "2 5000000001 a ok")
            .AssertAsync();
    }

    [Fact]
    public async Task NextAsync_RunsTheNextStepInTheSameTurn_WithTheGivenResult()
    {
        var dialog = new WaterfallDialog<Counter>("next")
            .AddStep((step, ct) => step.NextAsync(41, ct))
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync($"kreeg {step.ResultAs<int>() + 1}, stap {step.Index}", ct);
                return await step.NextAsync(null, ct);
            });

        await new TranscriptTest(Engine(dialog))
            .Row("hoi", "kreeg 42, stap 1")
            .ConversationEnds()
            .AssertAsync();
    }

    [Fact]
    public async Task State_ChangedInPlace_IsStillSaved()
    {
        var dialog = new WaterfallDialog<List<string>>("list")
            .AddStep((step, _) =>
            {
                step.State.Add("eerste");
                return Task.FromResult(step.WaitForInput());
            })
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync($"{string.Join(",", step.State)} + {step.ResultAs<string>()}", ct);
                return await step.EndAsync(null, ct);
            });

        await new TranscriptTest(Engine(dialog))
            .UserSays("hoi")
            .Row("tweede", "eerste + tweede")
            .AssertAsync();
    }

    [Fact]
    public async Task ChildWaterfall_ResultReachesTheParentsNextStep()
    {
        var child = new WaterfallDialog<Counter>("child")
            .AddDialog(new NumberPrompt<int>("number"))
            .AddStep((step, ct) => step.PromptAsync("number", PromptOptions.Ask("Een getal?"), ct))
            .AddStep((step, ct) => step.EndAsync(step.PromptResult<int>()!.Value * 2, ct));
        var parent = new WaterfallDialog<Counter>("parent")
            .AddDialog(child)
            .AddStep((step, ct) => step.BeginDialogAsync("child", null, ct))
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync($"dubbel: {step.ResultAs<int>()}", ct);
                return await step.EndAsync(null, ct);
            });

        await new TranscriptTest(Engine(parent))
            .Row("hoi", "Een getal?")
            .Row("21", "dubbel: 42")
            .ConversationEnds()
            .AssertAsync();
    }

    [Fact]
    public async Task Options_AreReadableInEveryStep_AfterReload()
    {
        var child = new WaterfallDialog<Counter>("greet")
            .AddDialog(new TextPrompt("text"))
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask($"Dag {step.OptionsAs<string>()}?"), ct))
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync($"Nog steeds {step.OptionsAs<string>()}", ct);
                return await step.EndAsync(null, ct);
            });
        var root = new WaterfallDialog<Counter>("root")
            .AddDialog(child)
            .AddStep((step, ct) => step.BeginDialogAsync("greet", "Tom", ct));

        await new TranscriptTest(Engine(root))
            .Row("hoi", "Dag Tom?")
            .Row("ja", "Nog steeds Tom")
            .AssertAsync();
    }

    [Fact]
    public async Task MovingOnTwiceInOneStep_Throws()
    {
        var dialog = new WaterfallDialog<Counter>("twice")
            .AddStep(async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            })
            .AddStep((step, _) => Task.FromResult(step.WaitForInput()));

        await Assert.ThrowsAsync<InvalidOperationException>(() => new TranscriptTest(Engine(dialog)).UserSays("hoi").AssertAsync());
    }

    [Fact]
    public async Task GoToStep_Loops_KeepingStateAndBackHistory()
    {
        var members = new WaterfallDialog<Counter>("members")
            .AddDialog(new TextPrompt("text"))
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Naam van iemand (of 'klaar')?"), ct))
            .AddStep(async (step, ct) =>
            {
                var name = step.PromptResult<string>()!.Value!;
                if (name != "klaar")
                {
                    step.State = step.State with { Seen = [.. step.State.Seen, name] };
                    return await step.GoToStepAsync(0, null, ct);
                }

                await step.SendAsync(string.Join(", ", step.State.Seen), ct);
                return await step.EndAsync(null, ct);
            });
        var engine = new DialogEngine(new DialogSet(members), "members", [NavigationInterceptors.Back], new FakeTimeProvider());

        await new TranscriptTest(engine)
            .Row("hoi", "Naam van iemand (of 'klaar')?")
            .Row("Tom", "Naam van iemand (of 'klaar')?")
            .Row("An", "Naam van iemand (of 'klaar')?")
            .Row("terug", "Naam van iemand (of 'klaar')?")
            .Row("Bo", "Naam van iemand (of 'klaar')?")
            .Row("klaar", "Tom, Bo")
            .AssertAsync();
    }

    [Fact]
    public async Task GoToStep_OutOfRange_Throws()
    {
        var dialog = new WaterfallDialog<Counter>("bad").AddStep((step, ct) => step.GoToStepAsync(5, null, ct));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new TranscriptTest(Engine(dialog)).UserSays("hoi").AssertAsync());
    }

    [Fact]
    public async Task ReplaceDialog_FromAStep_StartsTheOtherDialogInItsPlace()
    {
        var second = new WaterfallDialog<Counter>("second")
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync($"tweede met {step.OptionsAs<int>()}", ct);
                return await step.EndAsync(null, ct);
            });
        var first = new WaterfallDialog<Counter>("first")
            .AddDialog(second)
            .AddStep((step, ct) => step.ReplaceDialogAsync("second", 7, ct));

        await new TranscriptTest(Engine(first))
            .Row("hoi", "tweede met 7")
            .ConversationEnds()
            .AssertAsync();
    }
}
