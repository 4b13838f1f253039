namespace GesprekBot.Dialogs.Engine;

/// <summary>
/// Makes a loaded stack fit this build before anything runs on it, so old state is handled, never
/// crashed on: unknown dialogs reset the conversation, older versions migrate or restart.
/// </summary>
internal static class StackRepair
{
    public enum Outcome
    {
        Intact,
        Reset,
        Restarted,
    }

    public static async Task<Outcome> RepairAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var stack = dc.Conversation.Stack;
        if (stack.Any(f => dc.Dialogs.Find(f.DialogId) is null))
        {
            dc.Conversation.ClearStack();
            return Outcome.Reset;
        }

        for (var i = 0; i < stack.Count; i++)
        {
            var frame = stack[i];
            var dialog = dc.Dialogs.Get(frame.DialogId);
            if (!TryBringUpToDate(dialog, frame))
            {
                return await RestartAsync(dc, i, cancellationToken);
            }
        }

        return Outcome.Intact;
    }

    private static bool TryBringUpToDate(Dialog dialog, State.DialogFrame frame)
    {
        try
        {
            if (frame.Version != dialog.Version)
            {
                // State from a newer build (after a rollback) cannot be understood by this one.
                if (frame.Version > dialog.Version || dialog.MigrateState(frame.Version, frame.State) is not { } migrated)
                {
                    return false;
                }

                frame.State = migrated;
                frame.Version = dialog.Version;
            }

            return dialog.CanReadState(frame.State) && dialog.CanReadOptions(frame.Options);
        }
#pragma warning disable CA1031 // Migration hooks are app code run on old data: any failure means "cannot migrate", never a stuck user.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static async Task<Outcome> RestartAsync(DialogContext dc, int index, CancellationToken cancellationToken)
    {
        var frame = dc.Conversation.Stack[index];
        dc.Conversation.TruncateStack(index);
        var sent = dc.Replies.Count;
        try
        {
            await dc.BeginDialogAsync(frame.DialogId, frame.Options, cancellationToken);
            return Outcome.Restarted;
        }
#pragma warning disable CA1031 // Old options that no longer fit must not lock the user out: start over instead.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            dc.DiscardRepliesAfter(sent);
            dc.Conversation.ClearStack();
            return Outcome.Reset;
        }
    }
}
