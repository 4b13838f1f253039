using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>
/// The answer to a crisis signal: the help lines (112 first when there is danger now), an honest
/// line about who sees it and when, the flag on the intake, and a choice instead of the next
/// question: call now, pause, or go on.
/// </summary>
public static class CrisisResponse
{
    /// <summary>
    /// Conversation value the host sets: true when an urgent intake is posted to caseworkers at once
    /// (a Teams channel notice). Only then does the answer say that they get a message.
    /// </summary>
    public const string CaseworkersNotifiedKey = "host.caseworkersNotified";

    /// <param name="heldText">The message the signal came from when it was held back for a check; null for this turn's message.</param>
    /// <param name="heldIsAnswer">The held message answers the pending question whatever its kind (a low scaling score).</param>
    /// <param name="quote">What the caseworker reads on the flag, when the client's message alone would not say it ("0").</param>
    internal static async Task<InterceptResult> RespondAsync(
        DialogContext dc, CrisisSignal signal, string? heldText, CancellationToken cancellationToken, bool heldIsAnswer = false, string? quote = null)
    {
        CrisisMemory.Remember(dc);
        // A cry for help after "pauze" also brings the client back: the next message is not swallowed.
        dc.Conversation.Remove(PauseInterceptor.PausedKey);
        var texts = new TextCatalog(dc.Culture, CrisisTexts.ResourceManager);
        await SendHelpLinesAsync(dc, texts, signal, cancellationToken);

        if (dc.Stack.Count == 0 && dc.ActiveRecord() is { Status: IntakeStatus.Submitted })
        {
            // After submission the caseworker must still see it: the flag goes on the sent intake,
            // and no new intake starts over the client's cry for help.
            Flag(dc, signal, quote ?? heldText ?? dc.Turn.Text ?? string.Empty, isAnswer: false);
            await dc.SendAsync(texts.Format(WhoIsTold(dc), CrisisLines.Numbers(texts, signal.Categories)), cancellationToken);
            return InterceptResult.Handled;
        }

        if (dc.Stack.Count == 0)
        {
            // A first message can be a cry for help: a gentle bridge, then the conversation begins.
            await dc.SendAsync(texts[nameof(CrisisTexts.CrisisBridge)], cancellationToken);
            await dc.BeginDialogAsync(IntakeDialog.DialogId, cancellationToken: cancellationToken);
            return InterceptResult.Handled;
        }

        var isAnswer = (heldIsAnswer && heldText is not null) || CrisisAnswerPolicy.IsAnswer(dc);
        if (dc.ActiveRecord() is not null)
        {
            Flag(dc, signal, quote ?? heldText ?? dc.Turn.Text ?? string.Empty, isAnswer);
            await dc.SendAsync(texts.Format(WhoIsTold(dc), CrisisLines.Numbers(texts, signal.Categories)), cancellationToken);
        }

        new CrisisFollowUp(CrisisStage.Choosing, signal.Categories, signal.ImmediateDanger, QuestionHeld: isAnswer).Save(dc);
        var choice = Choice(texts, signal);
        if (isAnswer)
        {
            return InterceptResult.HandledAndPassOn(heldText, askFirst: choice);
        }

        await dc.SendAsync(choice, cancellationToken);
        return InterceptResult.Handled;
    }

    private static string WhoIsTold(DialogContext dc) =>
        dc.Conversation.Get<bool>(CaseworkersNotifiedKey) ? nameof(CrisisTexts.CrisisNotified) : nameof(CrisisTexts.CrisisSeenLater);

    private static async Task SendHelpLinesAsync(DialogContext dc, TextCatalog texts, CrisisSignal signal, CancellationToken cancellationToken)
    {
        if (signal.ImmediateDanger)
        {
            await dc.SendAsync(texts[nameof(CrisisTexts.CrisisDangerFirst)], cancellationToken);
        }

        if (CrisisLines.IsAboutSelf(signal.Categories) || !CrisisLines.IsAboutOthers(signal.Categories))
        {
            await dc.SendAsync(texts[nameof(CrisisTexts.CrisisSuicide)], cancellationToken);
        }

        if (CrisisLines.IsAboutOthers(signal.Categories))
        {
            await dc.SendAsync(texts[nameof(CrisisTexts.CrisisViolence)], cancellationToken);
        }

        await dc.SendAsync(texts[nameof(CrisisTexts.CrisisOtherLines)], cancellationToken);
    }

    private static Reply Choice(TextCatalog texts, CrisisSignal signal) => Reply.Ask(
        texts[nameof(CrisisTexts.CrisisChoice)],
        new ReplyChoice(texts.Format(nameof(CrisisTexts.CrisisChoiceCall), CrisisLines.First(signal.Categories, signal.ImmediateDanger))),
        new ReplyChoice(texts[nameof(CrisisTexts.CrisisChoicePause)]),
        new ReplyChoice(texts[nameof(CrisisTexts.CrisisChoiceGoOn)]));

    private static void Flag(DialogContext dc, CrisisSignal signal, string text, bool isAnswer)
    {
        var question = dc.Question();
        var quote = text.Trim();
        quote = quote.Length <= IntakeQuestions.MaxAnswerLength ? quote : quote[..IntakeQuestions.MaxAnswerLength];
        dc.UpdateRecord(record => record with
        {
            Urgent =
            [
                .. record.Urgent,
                .. signal.Categories.Select(c => new UrgentFlag(dc.Now, c, signal.TriggerWords, question?.Key) { Quote = quote, IsAnswer = isAnswer }),
            ],
        });
    }
}
