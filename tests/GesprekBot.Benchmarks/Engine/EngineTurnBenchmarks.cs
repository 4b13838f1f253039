using BenchmarkDotNet.Attributes;
using GesprekBot.Benchmarks.Load;
using GesprekBot.Dialogs;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Benchmarks.Engine;

/// <summary>
/// The dialog engine alone, without host, HTTP or store: the load script's conversation, turn by turn,
/// with the state read from and written to JSON around each turn as the host does. Per turn
/// (OperationsPerInvoke), so its allocations and time compare with the load command's per-turn figures.
/// <see cref="StateRoundTrip"/> is only the parse and write of a 14-turn conversation's state.
/// </summary>
[MemoryDiagnoser]
public class EngineTurnBenchmarks
{
    private readonly DialogEngine _engine = GesprekBotDialogs.CreateEngine(TimeProvider.System);
    private string _finishedState = string.Empty;

    [GlobalSetup]
    public void Setup() => _finishedState = RunConversationAsync().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = 15)]
    public Task<string> ConversationPerTurn() => RunConversationAsync();

    [Benchmark]
    public string StateRoundTrip() => ConversationState.Parse(_finishedState).ToJson();

    private async Task<string> RunConversationAsync()
    {
        var json = ConversationState.Parse(null).ToJson();
        json = await TurnAsync(json, Turn.Start());
        foreach (var line in ConversationScript.Lines)
        {
            json = await TurnAsync(json, Turn.FromText(line));
        }

        return json;
    }

    private async Task<string> TurnAsync(string json, Turn turn)
    {
        var state = ConversationState.Parse(json);
        await _engine.RunTurnAsync(state, turn);
        return state.ToJson();
    }
}
