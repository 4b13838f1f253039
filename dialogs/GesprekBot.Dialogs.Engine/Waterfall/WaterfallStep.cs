using System.Text.Json;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Waterfall;

/// <summary>What a waterfall step sees: the typed state, the previous answer, and ways to move on.</summary>
/// <typeparam name="TState">The waterfall's typed state record.</typeparam>
public sealed class WaterfallStep<TState>
    where TState : class, new()
{
    private readonly WaterfallDialog<TState> dialog;
    private readonly DialogFrame frame;
    private TState? state;
    private bool moved;

    internal WaterfallStep(WaterfallDialog<TState> dialog, DialogContext context, DialogFrame frame, int index, JsonElement? result)
    {
        this.dialog = dialog;
        this.frame = frame;
        Context = context;
        Index = index;
        Result = result;
    }

    /// <summary>The turn's dialog context (turn, culture, clock, conversation values).</summary>
    public DialogContext Context { get; }

    /// <summary>The zero-based position of this step.</summary>
    public int Index { get; }

    /// <summary>The result of the prompt or dialog that just ended, or of <see cref="NextAsync"/>, as JSON.</summary>
    public JsonElement? Result { get; }

    /// <summary>The options the waterfall was begun with, as JSON.</summary>
    public JsonElement? Options => frame.Options;

    /// <summary>
    /// The typed state. Records are replaced, not mutated: <c>step.State = step.State with { Name = n };</c>
    /// Setting it stores it at once, so a child dialog that ends in the same turn cannot lose it.
    /// </summary>
    public TState State
    {
        get => state ??= dialog.ReadValues(frame);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            state = value;
            WaterfallDialog<TState>.WriteValues(frame, value);
        }
    }

    /// <summary>Reads <see cref="Result"/> as <typeparamref name="T"/>.</summary>
    public T? ResultAs<T>() => DialogJson.FromElement<T>(Result);

    /// <summary>Reads <see cref="Result"/> as the result of a prompt of <typeparamref name="T"/>; null when there is none.</summary>
    public PromptResult<T>? PromptResult<T>() => DialogJson.FromElement<PromptResult<T>>(Result);

    /// <summary>Reads <see cref="Options"/> as <typeparamref name="T"/>.</summary>
    public T? OptionsAs<T>() => DialogJson.FromElement<T>(Options);

    /// <summary>Sends a reply.</summary>
    public Task SendAsync(Reply reply, CancellationToken cancellationToken = default) => Context.SendAsync(reply, cancellationToken);

    /// <summary>Sends a plain text reply.</summary>
    public Task SendAsync(string text, CancellationToken cancellationToken = default) => Context.SendAsync(text, cancellationToken);

    /// <summary>Asks a question with a prompt; the next step receives its <see cref="PromptResult{T}"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        MoveOn();
        return Context.PromptAsync(promptId, options, cancellationToken);
    }

    /// <summary>Starts a child dialog; the next step receives its result.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        MoveOn();
        return Context.BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Runs the next step now with <paramref name="result"/> (after the last step: ends the waterfall with it).</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        MoveOn();
        return dialog.RunStepAsync(Context, frame, Index + 1, DialogJson.ToElement(result), cancellationToken);
    }

    /// <summary>
    /// Runs step <paramref name="index"/> now, usually an earlier one to loop ("another member?").
    /// Unlike <see cref="ReplaceDialogAsync"/>, the state and "terug" history are kept, so the user
    /// can go back through earlier rounds.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">There is no such step.</exception>
    public Task<DialogTurnResult> GoToStepAsync(int index, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, dialog.StepCount);
        MoveOn();
        return dialog.RunStepAsync(Context, frame, index, DialogJson.ToElement(result), cancellationToken);
    }

    /// <summary>Ends this waterfall without resuming its parent and begins <paramref name="dialogId"/> in its place.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        MoveOn();
        return Context.ReplaceDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends the waterfall with <paramref name="result"/>; its parent resumes.</summary>
    public Task<DialogTurnResult> EndAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        MoveOn();
        return Context.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Waits for the user's next message without a prompt; the next step receives its text.</summary>
    public DialogTurnResult WaitForInput()
    {
        MoveOn();
        return DialogTurnResult.Waiting;
    }

    /// <summary>Stores a state object that was changed in place rather than replaced.</summary>
    internal void FlushIfStillRunning()
    {
        if (!moved && state is not null)
        {
            WaterfallDialog<TState>.WriteValues(frame, state);
        }
    }

    private void MoveOn()
    {
        if (moved)
        {
            throw new InvalidOperationException($"Step {Index} of '{dialog.Id}' already moved on; a step moves on once.");
        }

        moved = true;
        if (state is not null)
        {
            WaterfallDialog<TState>.WriteValues(frame, state);
        }
    }
}
