using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Interruptions;

/// <summary>
/// "opnieuw": start over, but only after a clear "ja", because it throws the answers away. The old
/// record is erased for real (the host deletes it with everything that belongs to it): answers the
/// client threw away are not kept for a caseworker or a purge.
/// </summary>
internal sealed class RestartInterceptor : ITurnInterceptor
{
    public const string PendingKey = "intake.restartPending";

    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(dc.Culture);
        var erasure = new TextCatalog(dc.Culture, ErasureTexts.ResourceManager);
        if (dc.Conversation.Get<bool>(PendingKey))
        {
            dc.Conversation.Remove(PendingKey);
            if (YesNoRecognizer.Recognize(dc.Turn.Text) != true)
            {
                await dc.SendAsync(texts[nameof(Texts.RestartCancelled)], cancellationToken);
                return dc.Stack.Count > 0 ? InterceptResult.HandledAndReprompt : InterceptResult.NotHandled;
            }

            dc.EraseRecord();
            dc.Conversation.Remove(IntakeSession.StageKey);
            await dc.SendAsync(erasure[nameof(ErasureTexts.RestartDone)], cancellationToken);
            await dc.CancelAllDialogsAsync(cancellationToken);
            await dc.BeginDialogAsync(IntakeDialog.DialogId, cancellationToken: cancellationToken);
            return InterceptResult.Handled;
        }

        if (!InterruptionWords.Is(dc.Turn.Text, InterruptionWords.Restart) || dc.Stack.Count == 0)
        {
            return InterceptResult.NotHandled;
        }

        dc.Conversation.Set(PendingKey, true);
        await dc.SendAsync(Reply.Ask(erasure[nameof(ErasureTexts.RestartConfirm)], IntakeQuestions.YesNo(texts)), cancellationToken);
        return InterceptResult.Handled;
    }
}
