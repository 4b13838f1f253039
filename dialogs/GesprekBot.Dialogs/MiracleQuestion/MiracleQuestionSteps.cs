using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.MiracleQuestion;

/// <summary>
/// Intake step 4, the miracle question of seed 004, asked in its parts, one per turn, with one
/// "wat nog meer?" after the first part (where most of the picture comes).
/// </summary>
internal static class MiracleQuestionSteps
{
    public const string DifferentKey = "miracle.different";
    public const string MoreKey = "miracle.more";
    public const string NoticeKey = "miracle.notice";
    public const string DoKey = "miracle.do";
    public const string OthersKey = "miracle.others";
    public const string ReactKey = "miracle.react";

    public static void AddTo(WaterfallDialog<IntakeState> intake) => intake
        .AddStep(AskDifferentAsync)
        .AddStep(Ask(MoreKey, nameof(Texts.MiracleMore)))
        .AddStep(Ask(NoticeKey, nameof(Texts.MiracleNotice)))
        .AddStep(Ask(DoKey, nameof(Texts.MiracleDo)))
        .AddStep(Ask(OthersKey, nameof(Texts.MiracleOthers)))
        .AddStep(Ask(ReactKey, nameof(Texts.MiracleReact)));

    private static async Task<DialogTurnResult> AskDifferentAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        IntakeQuestions.RecordPending(step);
        var texts = new TextCatalog(step.Context.Culture);
        if (await IntakeQuestions.SendProgressAsync(step.Context, IntakeStage.Miracle, cancellationToken))
        {
            await step.SendAsync(texts[nameof(Texts.MiracleIntro)], cancellationToken);
        }

        return await IntakeQuestions.AskTextAsync(step, DifferentKey, Technique.MiracleQuestion, texts[nameof(Texts.MiracleDifferent)], cancellationToken);
    }

    private static Func<WaterfallStep<IntakeState>, CancellationToken, Task<DialogTurnResult>> Ask(string key, string textName) =>
        (step, cancellationToken) =>
        {
            IntakeQuestions.RecordPending(step);
            var texts = new TextCatalog(step.Context.Culture);
            return IntakeQuestions.AskTextAsync(step, key, Technique.MiracleQuestion, texts[textName], cancellationToken);
        };
}
