using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Intake.Summary;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Intake.Submission;

/// <summary>Intake step 9: submit with an intake code, say what happens next, offer a copy in the chat.</summary>
internal static class SubmissionSteps
{
    public const string CopyKey = "submit.copy";

    public static void AddTo(WaterfallDialog<IntakeState> intake) => intake
        .AddStep(SubmitAsync)
        .AddStep(GiveCopyAsync);

    private static async Task<DialogTurnResult> SubmitAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var dc = step.Context;
        var texts = new TextCatalog(dc.Culture);
        // The summary corrects the name in the record ("mijn naam is kevin"); the state the intake ends with follows it.
        step.State = step.State with { PreferredName = dc.Record()?.PreferredName };
        await IntakeQuestions.SendProgressAsync(dc, IntakeStage.Submit, cancellationToken);

        // Going back and submitting again keeps the code the client may already have written down.
        dc.UpdateRecord(r => r with { Status = IntakeStatus.Submitted, Code = r.Code ?? IntakeCodes.New(), SubmittedAt = r.SubmittedAt ?? dc.Now });
        var code = dc.Record()?.Code;
        if (code is not null)
        {
            await step.SendAsync(texts.Format(nameof(Texts.SubmitDone), IntakeCodes.Display(code)), cancellationToken);
        }

        await step.SendAsync(texts[nameof(Texts.SubmitNext)], cancellationToken);
        dc.Conversation.Set(IntakeSession.QuestionKey, new OpenQuestion(CopyKey, Technique.Intake));
        return await step.PromptAsync(IntakeQuestions.ConfirmPromptId, new PromptOptions
        {
            Prompt = Reply.Ask(texts[nameof(Texts.CopyQuestion)], IntakeQuestions.YesNo(texts)),
            RetryPrompt = Reply.Ask(texts[nameof(Texts.YesNoRetry)], IntakeQuestions.YesNo(texts)),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> GiveCopyAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var dc = step.Context;
        var texts = new TextCatalog(dc.Culture);
        if (step.PromptResult<bool>() is { IsRecognized: true, Value: true })
        {
            await step.SendAsync(texts[nameof(Texts.CopyIntro)] + "\n" + SummaryText.Copy(dc.Record(), texts), cancellationToken);
        }

        await CrisisMemory.SendGoodbyeAsync(dc, texts[nameof(Texts.Goodbye)], cancellationToken);
        return await step.EndAsync(step.State, cancellationToken);
    }
}
