using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Interruptions;

/// <summary>
/// "opnieuw": start over, but only after a clear "ja", because it throws the answers away. The
/// old record is kept as discarded (the caseworker must not read it as a draft) until the purge.
/// </summary>
internal sealed class RestartInterceptor : ITurnInterceptor
{
    public const string PendingKey = "intake.restartPending";

    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(dc.Culture);
        if (dc.Conversation.Get<bool>(PendingKey))
        {
            dc.Conversation.Remove(PendingKey);
            if (YesNoRecognizer.Recognize(dc.Turn.Text) != true)
            {
                await dc.SendAsync(texts[nameof(Texts.RestartCancelled)], cancellationToken);
                return dc.Stack.Count > 0 ? InterceptResult.HandledAndReprompt : InterceptResult.NotHandled;
            }

            dc.UpdateRecord(r => r with { Status = IntakeStatus.Discarded });
            dc.Conversation.Remove(IntakeSession.StageKey);
            await dc.SendAsync(texts[nameof(Texts.RestartDone)], cancellationToken);
            await dc.CancelAllDialogsAsync(cancellationToken);
            await dc.BeginDialogAsync(IntakeDialog.DialogId, cancellationToken: cancellationToken);
            return InterceptResult.Handled;
        }

        if (!InterruptionWords.Is(dc.Turn.Text, InterruptionWords.Restart) || dc.Stack.Count == 0)
        {
            return InterceptResult.NotHandled;
        }

        dc.Conversation.Set(PendingKey, true);
        await dc.SendAsync(Reply.Ask(texts[nameof(Texts.RestartConfirm)], IntakeQuestions.YesNo(texts)), cancellationToken);
        return InterceptResult.Handled;
    }
}
