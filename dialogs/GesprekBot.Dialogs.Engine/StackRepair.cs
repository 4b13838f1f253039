using System.Text.Json;

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

            return dialog.CanReadState(frame.State);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task<Outcome> RestartAsync(DialogContext dc, int index, CancellationToken cancellationToken)
    {
        var frame = dc.Conversation.Stack[index];
        dc.Conversation.TruncateStack(index);
        try
        {
            await dc.BeginDialogAsync(frame.DialogId, frame.Options, cancellationToken);
            return Outcome.Restarted;
        }
        catch (JsonException)
        {
            // Even its stored options no longer fit: start the whole conversation over.
            dc.Conversation.ClearStack();
            return Outcome.Reset;
        }
    }
}
