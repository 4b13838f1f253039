using System.Text.Json;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Dialogs.Engine.Waterfall;

public partial class WaterfallDialog<TState>
{
    /// <summary>True when a question was asked before the pending one in this run of the waterfall.</summary>
    public override bool CanGoBack(DialogFrame frame) => HasSnapshot(frame, p => p.BackTarget());

    /// <summary>
    /// Returns to the previous question: reopens the child dialog that asked it, or restores the
    /// state from before the step that asked it and runs that step again with the answer it got then.
    /// </summary>
    public override Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return ReturnToAsync(dc, p => p.BackTarget(), cancellationToken);
    }

    /// <summary>True when this ended waterfall asked at least one question.</summary>
    public override bool CanReopen(DialogFrame frame) => HasSnapshot(frame, p => p.LastQuestion());

    /// <summary>Asks the ended waterfall's last question again.</summary>
    public override Task<DialogTurnResult> ReopenAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return ReturnToAsync(dc, p => p.LastQuestion(), cancellationToken);
    }

    private static bool HasSnapshot(DialogFrame frame, Func<WaterfallProgress, int> find)
    {
        ArgumentNullException.ThrowIfNull(frame);
        try
        {
            return find(WaterfallProgress.Read(frame.State)) >= 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private Task<DialogTurnResult> ReturnToAsync(DialogContext dc, Func<WaterfallProgress, int> find, CancellationToken cancellationToken)
    {
        var frame = dc.ActiveFrame!;
        var progress = WaterfallProgress.Read(frame.State);
        var target = find(progress);
        if (target < 0)
        {
            throw new InvalidOperationException($"Waterfall '{Id}' has no earlier question to return to.");
        }

        var snapshot = progress.History[target];
        if (Reopenable(dc, snapshot) is { } child)
        {
            var reopened = snapshot with { Child = null, ValuesAfterChild = null };
            frame.State = new WaterfallProgress(snapshot.Index, snapshot.ValuesAfterChild!.Value, [.. progress.History.Take(target), reopened]).ToElement();
            var childFrame = snapshot.Child!.ToFrame();
            dc.Conversation.Push(childFrame);
            return child.ReopenAsync(dc, cancellationToken);
        }

        frame.State = new WaterfallProgress(snapshot.Index - 1, snapshot.ValuesBefore, [.. progress.History.Take(target)]).ToElement();
        return RunStepAsync(dc, frame, snapshot.Index, snapshot.Input, cancellationToken);
    }

    /// <summary>The kept child of <paramref name="snapshot"/> if this build can still reopen it as stored.</summary>
    private static Dialog? Reopenable(DialogContext dc, StepSnapshot snapshot)
    {
        if (snapshot is not { Child: { } stored, ValuesAfterChild: not null })
        {
            return null;
        }

        var frame = stored.ToFrame();
        return dc.Dialogs.Find(stored.Id) is { } dialog
            && dialog.Version == stored.Version
            && dialog.CanReadState(stored.State)
            && dialog.CanReopen(frame)
                ? dialog
                : null;
    }
}
