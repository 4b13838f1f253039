using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.FutureQuestions;

/// <summary>
/// Intake step 6: future-oriented questions (a picture of a good day, a first small step), then
/// activating "hoe"-questions that end with "wie kan je daarbij helpen?", the bridge to the network.
/// </summary>
internal static class FutureQuestionSteps
{
    public const string GoodDayKey = "future.goodday";
    public const string FirstStepKey = "future.firststep";
    public const string BeforeKey = "activating.before";
    public const string HowKey = "activating.how";
    public const string WhoKey = "activating.who";

    public static void AddTo(WaterfallDialog<IntakeState> intake) => intake
        .AddStep(AskGoodDayAsync)
        .AddStep(Ask(FirstStepKey, Technique.FutureOriented, nameof(Texts.FutureFirstStep)))
        .AddStep(Ask(BeforeKey, Technique.Activating, nameof(Texts.ActivatingBefore)))
        .AddStep(Ask(HowKey, Technique.Activating, nameof(Texts.ActivatingHow)))
        .AddStep(Ask(WhoKey, Technique.Activating, nameof(Texts.ActivatingWho)));

    private static async Task<DialogTurnResult> AskGoodDayAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        IntakeQuestions.RecordPending(step);
        await IntakeQuestions.SendProgressAsync(step.Context, IntakeStage.Future, cancellationToken);
        var texts = new TextCatalog(step.Context.Culture);
        return await IntakeQuestions.AskTextAsync(step, GoodDayKey, Technique.FutureOriented, texts[nameof(Texts.FutureGoodDay)], cancellationToken);
    }

    private static Func<WaterfallStep<IntakeState>, CancellationToken, Task<DialogTurnResult>> Ask(string key, Technique technique, string textName) =>
        (step, cancellationToken) =>
        {
            IntakeQuestions.RecordPending(step);
            var texts = new TextCatalog(step.Context.Culture);
            return IntakeQuestions.AskTextAsync(step, key, technique, texts[textName], cancellationToken);
        };
}
