using System.Text.Json;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Dialogs.Engine.Waterfall;

/// <summary>What a waterfall stores in its frame: where it is, its typed state, and how to go back.</summary>
/// <param name="Index">The step that ran last (the one whose question is pending).</param>
/// <param name="Values">The typed state record as JSON.</param>
/// <param name="History">Snapshots of the steps that asked a question, oldest first.</param>
internal sealed record WaterfallProgress(int Index, JsonElement Values, IReadOnlyList<StepSnapshot> History)
{
    /// <exception cref="JsonException">The state is not a complete waterfall state.</exception>
    public static WaterfallProgress Read(JsonElement state) =>
        state.Deserialize<WaterfallProgress>(DialogJson.Options) is { Values.ValueKind: not JsonValueKind.Undefined, History: not null } progress
            ? progress
            : throw new JsonException("The stored state is not a complete waterfall state.");

    public JsonElement ToElement() => DialogJson.ToElement(this);

    /// <summary>
    /// Marks the last run step as one that waits, forgets steps that did not wait (back skips them),
    /// and bounds what is kept: at most <paramref name="maxBackSteps"/> earlier questions, and only the
    /// latest <paramref name="maxReopenable"/> finished children, because each kept child carries its
    /// own history and the state is written on every turn.
    /// </summary>
    public WaterfallProgress WithLastStepWaiting(int maxBackSteps, int maxReopenable)
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

        var children = 0;
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            if (kept[i].Child is not null && ++children > maxReopenable)
            {
                kept[i] = kept[i] with { Child = null, ValuesAfterChild = null };
            }
        }

        return this with { History = kept };
    }

    /// <summary>The snapshot "terug" returns to: the question asked before the pending one; -1 when none.</summary>
    public int BackTarget() => WaitedFromEnd(2);

    /// <summary>The snapshot of the last question asked; -1 when none.</summary>
    public int LastQuestion() => WaitedFromEnd(1);

    private int WaitedFromEnd(int count)
    {
        var waited = 0;
        for (var i = History.Count - 1; i >= 0; i--)
        {
            if (History[i].Waited && ++waited == count)
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
internal sealed record StepSnapshot(int Index, JsonElement ValuesBefore, JsonElement? Input, bool Waited)
{
    /// <summary>The child dialog this step began, as it was when it ended, so "terug" can reopen it.</summary>
    public StoredChild? Child { get; init; }

    /// <summary>The waterfall's typed state when <see cref="Child"/> ended.</summary>
    public JsonElement? ValuesAfterChild { get; init; }
}

/// <summary>An ended child's frame, kept inside its parent's snapshot.</summary>
internal sealed record StoredChild(string Id, int Version, JsonElement? Options, JsonElement State)
{
    public static StoredChild From(DialogFrame frame) => new(frame.DialogId, frame.Version, frame.Options, frame.State);

    public DialogFrame ToFrame() => new(Id, Version, Options, State);
}
