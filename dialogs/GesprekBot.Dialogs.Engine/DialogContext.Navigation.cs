namespace GesprekBot.Dialogs.Engine;

public sealed partial class DialogContext
{
    /// <summary>
    /// "Terug": the nearest dialog on the stack that has an earlier question (normally a waterfall)
    /// returns to it with its state as it was then and asks it again; dialogs above it (the pending
    /// prompt, a child waterfall at its first question) are removed.
    /// </summary>
    /// <returns>False, with nothing changed, when there is nothing to go back to.</returns>
    public async Task<bool> GoBackAsync(CancellationToken cancellationToken = default)
    {
        for (var i = Stack.Count - 1; i >= 0; i--)
        {
            var frame = Stack[i];
            if (Dialogs.Find(frame.DialogId) is { } dialog && dialog.CanGoBack(frame))
            {
                Conversation.TruncateStack(i + 1);
                await dialog.GoBackAsync(this, cancellationToken);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Overslaan": the active prompt ends with a skipped result and its dialog moves on.
    /// </summary>
    /// <returns>False when the active dialog has nothing to skip.</returns>
    public async Task<bool> SkipAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } dialog)
        {
            return false;
        }

        return await dialog.SkipAsync(this, cancellationToken) is not null;
    }
}
