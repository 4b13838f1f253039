using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Dialogs.Engine;

public sealed partial class DialogContext
{
    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    /// <param name="dialogId">A registered dialog id.</param>
    /// <param name="options">Options for the dialog; stored as JSON so the dialog can be restarted later.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <exception cref="KeyNotFoundException">No dialog has that id.</exception>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = Dialogs.Get(dialogId);
        var json = DialogJson.ToElement(options);
        Conversation.Push(new DialogFrame(dialog.Id, dialog.Version, json, DialogJson.EmptyObject));
        return dialog.BeginAsync(this, json, cancellationToken);
    }

    /// <summary>Begins the prompt <paramref name="promptId"/> with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(promptId, options, cancellationToken);
    }

    /// <summary>Passes the user's message to the active dialog.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } dialog ? dialog.ContinueAsync(this, cancellationToken) : Task.FromResult(DialogTurnResult.Empty);

    /// <summary>
    /// Ends the active dialog and resumes its parent with <paramref name="result"/> (serialised to JSON,
    /// so a parent reads the same thing now and after a reload).
    /// </summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        var json = DialogJson.ToElement(result);
        if (Stack.Count == 0)
        {
            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, json));
        }

        var ended = Conversation.Pop();
        if (ActiveFrame is not { } parent)
        {
            StackEmptied = true;
            RootResult = json;
            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, json));
        }

        EndedChild = ended;
        return Dialogs.Get(parent.DialogId).ResumeAsync(this, json, cancellationToken);
    }

    /// <summary>The frame of the child that just ended, as it was at its end; read by a resuming parent.</summary>
    internal DialogFrame? EndedChild { get; private set; }

    /// <summary>Ends the active dialog without resuming its parent and begins another in its place (loops).</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        if (Stack.Count > 0)
        {
            Conversation.Pop();
        }

        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Removes every dialog from the stack.</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Stack.Count == 0)
        {
            return Task.FromResult(DialogTurnResult.Empty);
        }

        Conversation.ClearStack();
        StackEmptied = true;
        WasCancelled = true;
        return Task.FromResult(DialogTurnResult.Cancelled);
    }

    /// <summary>Asks the active dialog's pending question again.</summary>
    public Task RepromptAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } dialog ? dialog.RepromptAsync(this, cancellationToken) : Task.CompletedTask;
}
