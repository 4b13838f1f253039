using System.Text.Json;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Dialogs.Engine;

/// <summary>
/// A conversation unit on the dialog stack. A dialog keeps nothing in fields between turns:
/// everything it must remember goes into its frame (<see cref="DialogContext.ActiveFrame"/>),
/// because the next turn may run on another instance or machine.
/// </summary>
public abstract class Dialog
{
    /// <summary>Creates a dialog with an id that is unique within its <see cref="DialogSet"/>.</summary>
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The id the dialog is registered and stored under. Never change it once shipped.</summary>
    public string Id { get; }

    /// <summary>
    /// The version of the dialog's state and steps. Raise it when a new build can no longer
    /// read what an older build stored, and override <see cref="MigrateState"/> if it can be converted.
    /// </summary>
    public virtual int Version => 1;

    /// <summary>Dialogs this dialog starts; <see cref="DialogSet.Add"/> registers them too.</summary>
    public virtual IEnumerable<Dialog> ChildDialogs => [];

    /// <summary>Starts the dialog; its frame is already on the stack.</summary>
    /// <param name="dc">The turn's dialog context.</param>
    /// <param name="options">The options it was begun with, as JSON (see <see cref="DialogJson"/>).</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken);

    /// <summary>The user sent a message while this dialog is active.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog this dialog started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonElement? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the dialog's pending question again (after help, or for a returning user).</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Converts state written by an older version of this dialog; null means "cannot", and the
    /// dialog is then restarted with its original options.
    /// </summary>
    /// <param name="fromVersion">The version that wrote <paramref name="state"/>.</param>
    /// <param name="state">The frame's state as that version stored it.</param>
    public virtual JsonElement? MigrateState(int fromVersion, JsonElement state) => null;

    /// <summary>Whether this version can read <paramref name="state"/>; false makes the engine restart the dialog.</summary>
    public virtual bool CanReadState(JsonElement state) => true;

    /// <summary>Whether this version can read the stored <paramref name="options"/>; false makes the engine restart the dialog.</summary>
    public virtual bool CanReadOptions(JsonElement? options) => true;

    /// <summary>Whether <see cref="GoBackAsync"/> has an earlier question to return to in this frame.</summary>
    public virtual bool CanGoBack(DialogFrame frame) => false;

    /// <summary>Returns to the previous question; only called when <see cref="CanGoBack"/> said true and the dialog is active.</summary>
    public virtual Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Dialog '{Id}' cannot go back.");

    /// <summary>
    /// Whether this dialog, having ended with <paramref name="frame"/>, can be reopened at its last
    /// question (so "terug" from the question after it does not throw its answers away).
    /// </summary>
    public virtual bool CanReopen(DialogFrame frame) => false;

    /// <summary>Asks the last question of an ended dialog again; its frame is active again. Only called when <see cref="CanReopen"/> said true.</summary>
    public virtual Task<DialogTurnResult> ReopenAsync(DialogContext dc, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Dialog '{Id}' cannot be reopened.");

    /// <summary>
    /// Skips the pending question when this dialog is active; null when it has nothing to skip.
    /// Prompts end with <see cref="Prompts.PromptStatus.Skipped"/>.
    /// </summary>
    public virtual Task<DialogTurnResult?> SkipAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);
}
