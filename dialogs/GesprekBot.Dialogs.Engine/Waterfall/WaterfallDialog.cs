using System.Text.Json;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Dialogs.Engine.Waterfall;

/// <summary>
/// A dialog of steps that run in the order they are added, with a typed state record that is
/// stored as JSON between turns. A step normally asks one question (a prompt or child dialog);
/// the next step receives the answer in <see cref="WaterfallStep{TState}.Result"/>.
/// Snapshots of the state before each question let "terug" (<see cref="DialogContext.GoBackAsync"/>) work.
/// </summary>
/// <typeparam name="TState">The typed state, normally a record.</typeparam>
public partial class WaterfallDialog<TState> : Dialog
    where TState : class, new()
{
    private readonly List<Func<WaterfallStep<TState>, CancellationToken, Task<DialogTurnResult>>> steps = [];
    private readonly List<Dialog> children = [];

    /// <summary>Creates an empty waterfall.</summary>
    /// <param name="id">The dialog id.</param>
    /// <param name="version">The version of its steps and state (see <see cref="Dialog.Version"/>).</param>
    public WaterfallDialog(string id, int version = 1)
        : base(id)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Version = version;
    }

    /// <inheritdoc />
    public override int Version { get; }

    /// <summary>How many earlier questions "terug" can return to.</summary>
    public int MaxBackSteps { get; init; } = 30;

    /// <summary>
    /// How many finished child dialogs "terug" can reopen at their last question; going back further
    /// runs the step that began the child again, which starts it over.
    /// </summary>
    public int MaxReopenableChildren { get; init; } = 3;

    /// <summary>The number of steps.</summary>
    public int StepCount => steps.Count;

    /// <inheritdoc />
    public override IEnumerable<Dialog> ChildDialogs => children;

    /// <summary>Adds the next step.</summary>
    public WaterfallDialog<TState> AddStep(Func<WaterfallStep<TState>, CancellationToken, Task<DialogTurnResult>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        steps.Add(step);
        return this;
    }

    /// <summary>Declares a prompt or dialog the steps start, so registering this waterfall registers it too.</summary>
    public WaterfallDialog<TState> AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        children.Add(dialog);
        return this;
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        var values = DialogJson.ToElement(CreateInitialState(options));
        frame.State = new WaterfallProgress(-1, values, []).ToElement();
        return RunStepAsync(dc, frame, 0, null, cancellationToken);
    }

    /// <summary>The waterfall itself waited (a step returned <see cref="WaterfallStep{TState}.WaitForInput"/>): the text is the next step's result.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        var progress = WaterfallProgress.Read(frame.State);
        return RunStepAsync(dc, frame, progress.Index + 1, DialogJson.ToElement(dc.Turn.Text), cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonElement? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        var progress = WaterfallProgress.Read(frame.State);
        if (dc.EndedChild is { } child && progress.History.Count > 0 && progress.History[^1].Index == progress.Index
            && dc.Dialogs.Find(child.DialogId)?.CanReopen(child) == true)
        {
            // Keep the finished child so "terug" from the next question reopens it instead of starting it over.
            var history = progress.History.ToList();
            history[^1] = history[^1] with { Child = StoredChild.From(child), ValuesAfterChild = progress.Values };
            frame.State = (progress with { History = history }).ToElement();
        }

        return RunStepAsync(dc, frame, progress.Index + 1, result, cancellationToken);
    }

    /// <summary>Creates the state a new run starts with; override to derive it from the options.</summary>
    protected virtual TState CreateInitialState(JsonElement? options) => new();

    internal TState ReadValues(DialogFrame frame) =>
        DialogJson.FromElement<TState>(WaterfallProgress.Read(frame.State).Values) ?? CreateInitialState(frame.Options);

    internal static void WriteValues(DialogFrame frame, TState values)
    {
        var progress = WaterfallProgress.Read(frame.State);
        frame.State = (progress with { Values = DialogJson.ToElement(values) }).ToElement();
    }

    internal async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, DialogFrame frame, int index, JsonElement? input, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
        {
            return await dc.EndDialogAsync(input, cancellationToken);
        }

        var progress = WaterfallProgress.Read(frame.State);
        var snapshot = new StepSnapshot(index, progress.Values, input, Waited: false);
        frame.State = (progress with { Index = index, History = [.. progress.History, snapshot] }).ToElement();

        var step = new WaterfallStep<TState>(this, dc, frame, index, input);
        var result = await steps[index](step, cancellationToken);
        step.FlushIfStillRunning();

        // Only the step that is really pending gets marked: with nested runs (a prompt that ended at
        // once) the last snapshot is the deepest step, which is the one now waiting.
        if (result.Status == DialogTurnStatus.Waiting && dc.Stack.Contains(frame))
        {
            frame.State = WaterfallProgress.Read(frame.State).WithLastStepWaiting(MaxBackSteps, MaxReopenableChildren).ToElement();
        }

        return result;
    }
}
