using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>
/// Runs first on every message, also on answers. A danger signal gets a calm answer with the
/// Belgian help lines at once; the intake is flagged urgent (moment, words, category) and the
/// message is kept as an answer, so nothing the client said is lost. Then the open question is
/// asked again: the client decides whether to go on, skip or pause. Before consent nothing is
/// stored, but the help lines are given all the same.
/// </summary>
internal sealed class CrisisInterceptor : ITurnInterceptor
{
    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (CrisisDetector.Detect(dc.Turn.Text) is not { } signal)
        {
            return InterceptResult.NotHandled;
        }

        CrisisMemory.Remember(dc);
        // A cry for help after "pauze" also brings the client back: the next message is not swallowed.
        dc.Conversation.Remove(PauseInterceptor.PausedKey);
        var texts = new TextCatalog(dc.Culture);
        var suicideOrSelfHarm = signal.Categories.Any(c => c is CrisisCategory.Suicide or CrisisCategory.SelfHarm);
        var violenceOrAbuse = signal.Categories.Any(c => c is CrisisCategory.Violence or CrisisCategory.Abuse);
        if (suicideOrSelfHarm)
        {
            await dc.SendAsync(texts[nameof(Texts.CrisisSuicide)], cancellationToken);
        }

        if (violenceOrAbuse)
        {
            await dc.SendAsync(texts[nameof(Texts.CrisisViolence)], cancellationToken);
        }

        await dc.SendAsync(texts[nameof(Texts.CrisisOtherLines)], cancellationToken);
        // With an empty stack the conversation has not (re)started: a finished intake stays as it was.
        if (dc.Stack.Count > 0 && dc.ActiveRecord() is not null)
        {
            Flag(dc, signal);
            await dc.SendAsync(texts[nameof(Texts.CrisisFlagged)], cancellationToken);
        }

        if (dc.Stack.Count == 0)
        {
            // A first message can be a cry for help: answer it, then begin the conversation.
            await dc.BeginDialogAsync(IntakeDialog.DialogId, cancellationToken: cancellationToken);
            return InterceptResult.Handled;
        }

        return InterceptResult.HandledAndReprompt;
    }

    private static void Flag(DialogContext dc, CrisisSignal signal)
    {
        var question = dc.Question();
        var text = dc.Turn.Text!.Trim();
        dc.UpdateRecord(record =>
        {
            var flagged = record with
            {
                Urgent = [.. record.Urgent, .. signal.Categories.Select(c => new UrgentFlag(dc.Now, c, signal.TriggerWords, question?.Key))],
            };
            var key = $"crisis.{record.Urgent.Count + 1}";
            return flagged.WithAnswer(new IntakeAnswer(
                key, question?.Technique ?? Technique.Intake,
                text.Length <= IntakeQuestions.MaxAnswerLength ? text : text[..IntakeQuestions.MaxAnswerLength],
                null, AnsweredBy.Client, dc.Now));
        });
    }
}
