using System.Text.Json;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Dialogs.Engine.Waterfall;

public partial class WaterfallDialog<TState>
{
    /// <summary>True when a question was asked before the pending one in this run of the waterfall.</summary>
    public override bool CanGoBack(DialogFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        try
        {
            return WaterfallProgress.Read(frame.State).BackTarget() >= 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Restores the state from before the previous question's step ran and runs that step again
    /// with the answer it received then, so it asks its question again.
    /// </summary>
    public override Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        var progress = WaterfallProgress.Read(frame.State);
        var target = progress.BackTarget();
        if (target < 0)
        {
            throw new InvalidOperationException($"Waterfall '{Id}' has no earlier question to go back to.");
        }

        var snapshot = progress.History[target];
        frame.State = new WaterfallProgress(snapshot.Index - 1, snapshot.ValuesBefore, [.. progress.History.Take(target)]).ToElement();
        return RunStepAsync(dc, frame, snapshot.Index, snapshot.Input, cancellationToken);
    }
}
