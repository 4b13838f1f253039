using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.QuestionBehindQuestion;

/// <summary>
/// Intake step 3, "de vraag achter de vraag" (seed 004): two open questions, then a check that
/// quotes the client's own words; when it is not right, they say it again in other words.
/// </summary>
internal static class QuestionBehindQuestionSteps
{
    public const string WhyKey = "qbq.why";
    public const string WishKey = "qbq.wish";
    public const string CheckKey = "qbq.check";
    public const string RestatedKey = "qbq.restated";

    public static void AddTo(WaterfallDialog<IntakeState> intake) => intake
        .AddStep(AskWhyAsync)
        .AddStep(AskWishAsync)
        .AddStep(CheckAsync)
        .AddStep(RestateIfWrongAsync);

    private static async Task<DialogTurnResult> AskWhyAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        IntakeQuestions.RecordPending(step);
        await IntakeQuestions.SendProgressAsync(step.Context, IntakeStage.Question, cancellationToken);
        var texts = new TextCatalog(step.Context.Culture);
        return await IntakeQuestions.AskTextAsync(step, WhyKey, Technique.QuestionBehindQuestion, texts[nameof(Texts.QbqWhy)], cancellationToken);
    }

    private static Task<DialogTurnResult> AskWishAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        IntakeQuestions.RecordPending(step);
        var texts = new TextCatalog(step.Context.Culture);
        return IntakeQuestions.AskTextAsync(step, WishKey, Technique.QuestionBehindQuestion, texts[nameof(Texts.QbqWish)], cancellationToken);
    }

    private static Task<DialogTurnResult> CheckAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        IntakeQuestions.RecordPending(step);
        var record = step.Context.Record();
        var quoted = record?.Answer(WishKey)?.Text ?? record?.Answer(WhyKey)?.Text;
        if (quoted is null)
        {
            // Nothing to check back on: both questions were skipped.
            return step.NextAsync(cancellationToken: cancellationToken);
        }

        var texts = new TextCatalog(step.Context.Culture);
        return IntakeQuestions.AskAsync(step, IntakeQuestions.ConfirmPromptId, new OpenQuestion(CheckKey, Technique.QuestionBehindQuestion), new PromptOptions
        {
            Prompt = Reply.Ask(texts.Format(nameof(Texts.QbqCheck), Quote(quoted)), IntakeQuestions.YesNo(texts)),
            RetryPrompt = Reply.Ask(texts[nameof(Texts.YesNoRetry)], IntakeQuestions.YesNo(texts)),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> RestateIfWrongAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var check = step.State.Pending?.Key == CheckKey ? step.PromptResult<bool>() : null;
        var checkedWrong = check is { IsRecognized: true, Value: false };
        IntakeQuestions.RecordPending(step);
        var texts = new TextCatalog(step.Context.Culture);
        if (!checkedWrong)
        {
            if (check is { IsRecognized: true, Value: true })
            {
                await step.SendAsync(texts[nameof(Texts.QbqUnderstood)], cancellationToken);
            }

            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        return await IntakeQuestions.AskTextAsync(step, RestatedKey, Technique.QuestionBehindQuestion, texts[nameof(Texts.QbqRestate)], cancellationToken);
    }

    /// <summary>Long answers are quoted by their start, so the check stays one short question.</summary>
    private static string Quote(string text) => text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 200), "…");
}
