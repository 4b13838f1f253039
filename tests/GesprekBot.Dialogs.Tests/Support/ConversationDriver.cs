using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Tests.Support;

/// <summary>
/// Drives the engine turn by turn without a script, for tests that look at what happened rather
/// than at every line (the real network dialog, random input). State goes through JSON every turn.
/// </summary>
internal sealed class ConversationDriver(DialogEngine engine)
{
    public string? StateJson { get; private set; }

    public TurnResult? Last { get; private set; }

    public ConversationState State => ConversationState.Parse(StateJson);

    public async Task<IReadOnlyList<string>> StartAsync() => await RunAsync(Turn.Start());

    public async Task<IReadOnlyList<string>> SayAsync(string text) => await RunAsync(Turn.FromText(text));

    private async Task<IReadOnlyList<string>> RunAsync(Turn turn)
    {
        var state = ConversationState.Parse(StateJson);
        Last = await engine.RunTurnAsync(state, turn);
        StateJson = state.ToJson();
        return [.. Last.Replies.Select(r => r.Text)];
    }
}
