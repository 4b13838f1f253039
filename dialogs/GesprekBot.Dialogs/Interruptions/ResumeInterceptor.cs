using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Interruptions;

/// <summary>
/// Tells the client how a "hervat CODE" went. The host did the work before the turn (it copied the
/// paused conversation's state here and set <see cref="ResumeCommand.OutcomeKey"/>); a command the
/// host did not answer counts as an unknown code.
/// </summary>
internal sealed class ResumeInterceptor : ITurnInterceptor
{
    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ResumeOutcome? outcome = dc.Conversation.TryGet<ResumeOutcome>(ResumeCommand.OutcomeKey, out var found) ? found : null;
        dc.Conversation.Remove(ResumeCommand.OutcomeKey);
        if (outcome is null && !ResumeCommand.IsCommand(dc.Turn.Text))
        {
            return InterceptResult.NotHandled;
        }

        var texts = new TextCatalog(dc.Culture);
        if (outcome == ResumeOutcome.Resumed)
        {
            dc.Conversation.Remove(PauseInterceptor.PausedKey);
            await dc.SendAsync(texts[nameof(Texts.WelcomeBack)], cancellationToken);
            return InterceptResult.HandledAndReprompt;
        }

        await dc.SendAsync(texts[outcome == ResumeOutcome.TooManyAttempts ? nameof(Texts.ResumeTooManyAttempts) : nameof(Texts.ResumeFailed)], cancellationToken);
        if (dc.Stack.Count == 0)
        {
            await dc.BeginDialogAsync(IntakeDialog.DialogId, cancellationToken: cancellationToken);
            return InterceptResult.Handled;
        }

        return InterceptResult.HandledAndReprompt;
    }
}
