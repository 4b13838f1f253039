using System.Text.Json;

namespace GesprekBot.Dialogs.Engine.Waterfall;

/// <summary>What a waterfall stores in its frame: where it is, its typed state, and how to go back.</summary>
/// <param name="Index">The step that ran last (the one whose question is pending).</param>
/// <param name="Values">The typed state record as JSON.</param>
/// <param name="History">Snapshots of the steps that asked a question, oldest first.</param>
internal sealed record WaterfallProgress(int Index, JsonElement Values, IReadOnlyList<StepSnapshot> History)
{
    public static WaterfallProgress Read(JsonElement state) =>
        state.Deserialize<WaterfallProgress>(DialogJson.Options)
        ?? throw new JsonException("The waterfall state is null.");

    public JsonElement ToElement() => DialogJson.ToElement(this);

    /// <summary>Marks the last run step as one that waits, and forgets steps that did not wait: back skips them.</summary>
    public WaterfallProgress WithLastStepWaiting(int maxBackSteps)
    {
        if (History.Count == 0)
        {
            return this;
        }

        var kept = History.Take(History.Count - 1).Where(s => s.Waited).ToList();
        kept.Add(History[^1] with { Waited = true });
        if (kept.Count > maxBackSteps + 1)
        {
            kept.RemoveRange(0, kept.Count - maxBackSteps - 1);
        }

        return this with { History = kept };
    }

    /// <summary>The snapshot "terug" returns to: the question asked before the pending one.</summary>
    public int BackTarget()
    {
        var waited = 0;
        for (var i = History.Count - 1; i >= 0; i--)
        {
            if (History[i].Waited && ++waited == 2)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>The state before a step ran and the result it ran with, so the step can run again.</summary>
/// <param name="Index">The step.</param>
/// <param name="ValuesBefore">The typed state before the step ran.</param>
/// <param name="Input">The result the step received (the previous prompt's answer).</param>
/// <param name="Waited">Whether the step ended up waiting for the user (asked a question).</param>
internal sealed record StepSnapshot(int Index, JsonElement ValuesBefore, JsonElement? Input, bool Waited);
