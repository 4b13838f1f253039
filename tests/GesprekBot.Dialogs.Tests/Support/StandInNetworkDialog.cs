using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Network;

namespace GesprekBot.Dialogs.Tests.Support;

/// <summary>
/// Test-only stand-in for the network engineer's dialog, with the same id, options and result
/// contract: one question, each comma-separated name becomes a member.
/// </summary>
internal sealed class StandInNetworkDialog : WaterfallDialog<StandInNetworkState>
{
    public const string Question = "Wie is belangrijk voor jou?";

    public StandInNetworkDialog()
        : base("network-inventory")
    {
        AddDialog(new TextPrompt("standin.who"));
        AddStep(async (step, ct) =>
        {
            var earlier = step.OptionsAs<StandInOptions>()?.EarlierAnswers ?? [];
            step.State = new StandInNetworkState { EarlierCount = earlier.Count };
            return await step.PromptAsync("standin.who", PromptOptions.Ask(Question), ct);
        });
        AddStep((step, ct) =>
        {
            var names = step.PromptResult<string>()?.Value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            var map = new NetworkMap
            {
                Members = [.. names.Select((n, i) => new NetworkMember { Id = $"m{i + 1}", Label = n, Ring = 1 })],
                Satisfaction = step.State.EarlierCount,
            };
            return step.EndAsync(map, ct);
        });
    }
}

internal sealed record StandInNetworkState
{
    public int EarlierCount { get; init; }
}

internal sealed record StandInOptions(IReadOnlyList<string> EarlierAnswers);
