using GesprekBot.Dialogs.Consent;
using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Erasure;

/// <summary>
/// "wis mijn gegevens" at any turn: during the intake, at the summary, after submission in the same
/// conversation, and before consent. After a clear yes the record is erased (the host deletes
/// everything that belongs to it), the conversation ends and the bot says what is gone. An erasure
/// the host reports (a caseworker deleted the intake) ends the conversation with an explanation.
/// Crisis words go first: this runs after the crisis interceptor.
/// </summary>
internal sealed class ErasureInterceptor : ITurnInterceptor
{
    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(dc.Culture, ErasureTexts.ResourceManager);
        if (dc.Conversation.Remove(ErasureSession.ErasedKey))
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
            await CrisisMemory.SendGoodbyeAsync(dc, texts[nameof(ErasureTexts.ErasedElsewhere)], cancellationToken);
            return InterceptResult.Handled;
        }

        if (dc.Conversation.Remove(ErasureSession.PendingKey))
        {
            return await AnswerConfirmationAsync(dc, texts, cancellationToken);
        }

        // While consent is being withdrawn, its own confirmation ("Ja, wis alles") is answered there; a
        // question about erasing at the consent question ("Wissen?") is the consent step's to explain.
        if (ConsentWithdrawal.IsPending(dc)
            || (ConsentQuestion.IsOpen(dc) && dc.Turn.Text?.TrimEnd().EndsWith('?') == true))
        {
            return InterceptResult.NotHandled;
        }

        switch (ErasureRequest.Recognize(dc.Turn.Text))
        {
            case ErasureKind.Everything when dc.Record() is null:
                return await ExplainNothingStoredAsync(dc, texts, cancellationToken);
            case ErasureKind.Everything:
                // The client now talks about erasing: a pending "opnieuw" or the return from a pause is over.
                dc.Conversation.Remove(RestartInterceptor.PendingKey);
                dc.Conversation.Remove(PauseInterceptor.PausedKey);
                dc.Conversation.Set(ErasureSession.PendingKey, true);
                await dc.SendAsync(
                    Reply.Ask(texts[nameof(ErasureTexts.EraseConfirm)], new ReplyChoice(texts[nameof(ErasureTexts.ChoiceEraseYes)]), new ReplyChoice(texts[nameof(ErasureTexts.ChoiceEraseNo)])),
                    cancellationToken);
                return InterceptResult.Handled;
            case ErasureKind.OneAnswer:
                await dc.SendAsync(texts[nameof(ErasureTexts.OneAnswer)], cancellationToken);
                return Reprompt(dc);
            default:
                return InterceptResult.NotHandled;
        }
    }

    private static async Task<InterceptResult> AnswerConfirmationAsync(DialogContext dc, TextCatalog texts, CancellationToken cancellationToken)
    {
        var answer = YesNoRecognizer.Recognize(dc.Turn.Text);
        if (answer == true || (answer is null && ErasureRequest.Recognize(dc.Turn.Text) == ErasureKind.Everything))
        {
            return await EraseAsync(dc, texts, cancellationToken);
        }

        var stillTalking = dc.Stack.Count > 0;
        await dc.SendAsync(texts[stillTalking ? nameof(ErasureTexts.EraseCancelled) : nameof(ErasureTexts.EraseCancelledEnded)], cancellationToken);
        if (answer == false || !stillTalking)
        {
            return Reprompt(dc);
        }

        // Neither yes nor no (an answer to the open question after all, "help"): nothing is erased and
        // the message goes on to be read as what it is, so it is not lost.
        return InterceptResult.NotHandled;
    }

    private static async Task<InterceptResult> EraseAsync(DialogContext dc, TextCatalog texts, CancellationToken cancellationToken)
    {
        var submitted = dc.Record()?.Status == IntakeStatus.Submitted;
        dc.EraseRecord();
        dc.Conversation.Set(ErasureSession.ForgetKey, ConversationForgetting.Conversation);
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.SendAsync(texts[nameof(ErasureTexts.EraseDone)], cancellationToken);
        if (submitted)
        {
            // Only the copies the bot keeps are gone; what a caseworker printed or downloaded is theirs to delete.
            await dc.SendAsync(texts[nameof(ErasureTexts.EraseDoneSubmitted)], cancellationToken);
        }

        await CrisisMemory.SendGoodbyeAsync(dc, texts[nameof(ErasureTexts.EraseGoodbye)], cancellationToken);
        return InterceptResult.Handled;
    }

    /// <summary>
    /// No record here: before consent, or a new conversation after an earlier intake. An intake code
    /// alone does not prove who is asking, so the bot says whom to ask instead of erasing by code.
    /// </summary>
    private static async Task<InterceptResult> ExplainNothingStoredAsync(DialogContext dc, TextCatalog texts, CancellationToken cancellationToken)
    {
        dc.Conversation.Set(ErasureSession.ForgetKey, ConversationForgetting.Transcript);
        await dc.SendAsync(texts[nameof(ErasureTexts.NothingStoredYet)], cancellationToken);
        var whom = dc.Conversation.Get<string>(ErasureSession.ServiceNameKey) is { Length: > 0 } service
            ? texts.Format(nameof(ErasureTexts.WhomAtService), service)
            : texts[nameof(ErasureTexts.WhomCaseworker)];
        var ask = ErasureRequest.CodeIn(dc.Turn.Text) is { } code
            ? texts.Format(nameof(ErasureTexts.AskWithCode), whom, IntakeCodes.Display(code))
            : texts.Format(nameof(ErasureTexts.AskWithoutCode), whom);
        await dc.SendAsync(ask + " " + texts[nameof(ErasureTexts.WhyNotByCode)], cancellationToken);
        return Reprompt(dc);
    }

    private static InterceptResult Reprompt(DialogContext dc) =>
        dc.Stack.Count > 0 ? InterceptResult.HandledAndReprompt : InterceptResult.Handled;
}
