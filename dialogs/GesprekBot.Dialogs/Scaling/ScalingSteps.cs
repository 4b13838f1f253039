using System.Globalization;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Scaling;

/// <summary>
/// Intake step 5, the scaling question (0–10) and its two follow-ups. The follow-ups fit the
/// number: 0 asks what helps to hold on, 10 what keeps it there, no number what already goes well.
/// </summary>
internal static class ScalingSteps
{
    public const string ScoreKey = "scaling.score";
    public const string WhyNotLowerKey = "scaling.why";
    public const string OneHigherKey = "scaling.next";
    public const int Max = 10;

    public static void AddTo(WaterfallDialog<IntakeState> intake) => intake
        .AddStep(AskScoreAsync)
        .AddStep(AskWhyNotLowerAsync)
        .AddStep(AskOneHigherAsync);

    private static async Task<DialogTurnResult> AskScoreAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        IntakeQuestions.RecordPending(step);
        await IntakeQuestions.SendProgressAsync(step.Context, IntakeStage.Scaling, cancellationToken);
        var texts = new TextCatalog(step.Context.Culture);
        ReplyChoice[] scale = [.. Enumerable.Range(0, Max + 1).Select(n => new ReplyChoice(n.ToString(CultureInfo.InvariantCulture)))];
        return await IntakeQuestions.AskAsync(step, IntakeQuestions.NumberPromptId, new OpenQuestion(ScoreKey, Technique.Scaling), new PromptOptions
        {
            Prompt = Reply.Ask(texts[nameof(Texts.ScaleQuestion)], scale),
            RetryPrompt = Reply.Ask(texts[nameof(Texts.ScaleRetry)], scale),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskWhyNotLowerAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var score = step.PromptResult<int>() is { IsRecognized: true } answer ? answer.Value : (int?)null;
        IntakeQuestions.RecordPending(step);
        step.State = step.State with { Score = score };
        var texts = new TextCatalog(step.Context.Culture);
        var question = score switch
        {
            null => texts[nameof(Texts.ScaleNoNumber)],
            0 => texts[nameof(Texts.ScaleZero)],
            Max => texts[nameof(Texts.ScaleTen)],
            _ => texts.Format(nameof(Texts.ScaleWhyNotZero), score),
        };
        return IntakeQuestions.AskTextAsync(step, WhyNotLowerKey, Technique.Scaling, question, cancellationToken);
    }

    private static Task<DialogTurnResult> AskOneHigherAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        IntakeQuestions.RecordPending(step);
        var texts = new TextCatalog(step.Context.Culture);
        var question = step.State.Score switch
        {
            Max => texts[nameof(Texts.ScaleKeepTen)],
            { } score => texts.Format(nameof(Texts.ScaleOneHigher), score + 1),
            // No score given: "een 1" would pretend they said 0.
            null => texts[nameof(Texts.ScaleStepHigher)],
        };
        return IntakeQuestions.AskTextAsync(step, OneHigherKey, Technique.Scaling, question, cancellationToken);
    }
}
