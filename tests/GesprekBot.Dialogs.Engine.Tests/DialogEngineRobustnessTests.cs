using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Tests.Support;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Engine.Tests;

/// <summary>
/// Random conversations (fixed seeds) mixing answers, nonsense, "terug", "overslaan", "help",
/// "stop" and returning users through nested waterfalls and a loop: no turn may throw, every
/// message gets an answer, and the saved state always reads back to the same JSON.
/// </summary>
public class DialogEngineRobustnessTests
{
    private static readonly string[] Inputs =
        ["hoi", "Tom", "34", "ja", "nee", "1", "2", "Familie", "klaar", "", "terug", "terug", "overslaan", "help", "stop", "blabla", "7,5"];

    private sealed record Inventory
    {
        public IReadOnlyList<string> Members { get; init; } = [];

        public string? Domain { get; init; }
    }

    private static DialogEngine CreateEngine()
    {
        var text = new TextPrompt("text");
        var member = new WaterfallDialog<Inventory>("member")
            .AddDialog(text)
            .AddDialog(new NumberPrompt<int>("ring") { Min = 1, Max = 3 })
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Wie nog (of 'klaar')?"), ct))
            .AddStep(async (step, ct) => step.PromptResult<string>() is { Value: "klaar" }
                ? await step.EndAsync(null, ct)
                : await step.PromptAsync("ring", PromptOptions.Ask("Welke ring, 1 tot 3?") with { MaxAttempts = 2 }, ct))
            .AddStep((step, ct) =>
            {
                step.State = step.State with { Members = [.. step.State.Members, $"lid{step.State.Members.Count}"] };
                return step.GoToStepAsync(0, null, ct);
            });
        var root = new WaterfallDialog<Inventory>("root")
            .AddDialog(text)
            .AddDialog(member)
            .AddDialog(new ChoicePrompt("domain"))
            .AddDialog(new ConfirmPrompt("confirm"))
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Hoe heet je?"), ct))
            .AddStep((step, ct) => step.PromptAsync("domain", PromptOptions.Choose("Welk domein?", "Familie", "Vrienden"), ct))
            .AddStep((step, ct) =>
            {
                step.State = step.State with { Domain = step.PromptResult<FoundChoice>()?.Value?.Value };
                return step.BeginDialogAsync("member", step.State.Domain, ct);
            })
            .AddStep((step, ct) => step.PromptAsync("confirm", PromptOptions.Ask("Klopt dit?"), ct))
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync("Bedankt.", ct);
                return await step.EndAsync(step.State, ct);
            });
        var help = TurnInterceptor.ForWords(["help"], async (dc, ct) =>
        {
            await dc.SendAsync("Hulp.", ct);
            return InterceptResult.HandledAndReprompt;
        });
        var stop = TurnInterceptor.ForWords(["stop"], async (dc, ct) =>
        {
            await dc.CancelAllDialogsAsync(ct);
            await dc.SendAsync("Tot later.", ct);
            return InterceptResult.Handled;
        });
        return new DialogEngine(new DialogSet(root), "root", [help, stop, NavigationInterceptors.Back, NavigationInterceptors.Skip], new FakeTimeProvider());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task RandomConversations_NeverThrow_AlwaysAnswer_AndStateRoundTrips(int seed)
    {
        var engine = CreateEngine();
        var random = new Random(seed);
        string? json = null;
        for (var turnNumber = 0; turnNumber < 400; turnNumber++)
        {
            var start = random.Next(20) == 0;
            var turn = start ? Turn.Start() : Turn.FromText(Inputs[random.Next(Inputs.Length)]);
            var state = ConversationState.Parse(json);
            var stackBefore = state.Stack.Count;

            var result = await engine.RunTurnAsync(state, turn);

            json = state.ToJson();
            Assert.Equal(json, ConversationState.Parse(json).ToJson());
            Assert.False(result.StateWasReset);
            Assert.All(state.Stack, frame => Assert.NotNull(engine.Dialogs.Find(frame.DialogId)));
            Assert.Equal(state.Stack.Count > 0, result.DialogStatus == DialogTurnStatus.Waiting);
            if (!start || stackBefore > 0)
            {
                Assert.NotEmpty(result.Replies);
            }
        }
    }
}
