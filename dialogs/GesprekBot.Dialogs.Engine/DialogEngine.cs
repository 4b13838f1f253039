using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine;

/// <summary>
/// Runs one turn: repairs old state, lets interceptors look at the message, then begins the root
/// dialog or continues the active one. Thread-safe and stateless between turns; the host loads
/// and saves <see cref="ConversationState"/> around each call.
/// </summary>
public sealed class DialogEngine
{
    private readonly ITurnInterceptor[] interceptors;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates the engine.</summary>
    /// <param name="dialogs">All dialogs.</param>
    /// <param name="rootDialogId">The dialog a new conversation begins with.</param>
    /// <param name="interceptors">Run in this order before the active dialog on every message.</param>
    /// <param name="timeProvider">The clock dialogs see as <see cref="DialogContext.Now"/>.</param>
    /// <exception cref="KeyNotFoundException">The root dialog is not registered.</exception>
    public DialogEngine(DialogSet dialogs, string rootDialogId, IEnumerable<ITurnInterceptor> interceptors, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(interceptors);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Dialogs = dialogs;
        RootDialogId = dialogs.Get(rootDialogId).Id;
        this.interceptors = [.. interceptors];
        this.timeProvider = timeProvider;
    }

    /// <summary>All dialogs.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The dialog a new conversation begins with.</summary>
    public string RootDialogId { get; }

    /// <summary>
    /// Runs a turn on <paramref name="state"/>, which is changed in place. An exception from a dialog
    /// propagates, with <paramref name="state"/> put back as it was, so the next turn can run on it.
    /// </summary>
    public async Task<TurnResult> RunTurnAsync(ConversationState state, Turn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turn);
        var before = new ConversationState();
        before.RestoreFrom(state);
        try
        {
            return await RunAsync(new DialogContext(Dialogs, state, turn, timeProvider), cancellationToken);
        }
        catch
        {
            state.RestoreFrom(before);
            throw;
        }
    }

    private async Task<TurnResult> RunAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var repair = await StackRepair.RepairAsync(dc, cancellationToken);
        // A restarted dialog has just asked its first question; the message was meant for the old one.
        var intercepted = repair != StackRepair.Outcome.Restarted && await RunTurnOnStackAsync(dc, cancellationToken);

        var status = dc.Stack.Count > 0 ? DialogTurnStatus.Waiting
            : dc.WasCancelled ? DialogTurnStatus.Cancelled
            : dc.StackEmptied ? DialogTurnStatus.Complete
            : DialogTurnStatus.Empty;
        return new TurnResult([.. dc.Replies], status, dc.Stack.Count == 0 && dc.StackEmptied)
        {
            StateWasReset = dc.Conversation.WasReset || repair == StackRepair.Outcome.Reset,
            DialogRestarted = repair == StackRepair.Outcome.Restarted,
            Intercepted = intercepted,
            Result = dc.RootResult,
        };
    }

    /// <returns>True when an interceptor handled the message.</returns>
    private async Task<bool> RunTurnOnStackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Turn.Kind == TurnKind.ConversationStart)
        {
            // A returning user hears the pending question again rather than a second welcome.
            await (dc.Stack.Count == 0 ? BeginRootAsync(dc, cancellationToken) : dc.RepromptAsync(cancellationToken));
            return false;
        }

        if (await InterceptAsync(dc, cancellationToken))
        {
            return true;
        }

        await (dc.Stack.Count == 0 ? BeginRootAsync(dc, cancellationToken) : dc.ContinueDialogAsync(cancellationToken));
        return false;
    }

    private async Task PassOnAsync(DialogContext dc, InterceptResult result, CancellationToken cancellationToken)
    {
        if (result.PassOnText is { } text)
        {
            dc.ReplaceText(text);
        }

        var sent = dc.Replies.Count;
        await (dc.Stack.Count == 0 ? BeginRootAsync(dc, cancellationToken) : dc.ContinueDialogAsync(cancellationToken));
        if (result.AskFirst is { } question)
        {
            dc.HoldBackQuestionsAfter(sent);
            await dc.SendAsync(question, cancellationToken);
        }
    }

    private Task<DialogTurnResult> BeginRootAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.BeginDialogAsync(RootDialogId, null, cancellationToken);

    private async Task<bool> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        foreach (var interceptor in interceptors)
        {
            var result = await interceptor.InterceptAsync(dc, cancellationToken);
            if (result.IsHandled)
            {
                if (result.Reprompt)
                {
                    await dc.RepromptAsync(cancellationToken);
                }

                if (result.PassOn)
                {
                    await PassOnAsync(dc, result, cancellationToken);
                }

                return true;
            }
        }

        return false;
    }
}
