using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Network;

namespace GesprekBot.Dialogs.Intake.Summary;

/// <summary>Intake step 8: keep the map the network dialog returned, then the summary with its corrections.</summary>
internal static class SummaryStageSteps
{
    public static void AddTo(WaterfallDialog<IntakeState> intake) => intake.AddStep(BeginSummaryAsync);

    private static async Task<DialogTurnResult> BeginSummaryAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        IntakeQuestions.RecordPending(step);
        var dc = step.Context;
        if (step.ResultAs<NetworkMap>() is { } map)
        {
            dc.UpdateRecord(r => r with { Network = map, RadioSuggestions = RadioAdvisor.Suggest(map, r.Urgent) });
        }

        await IntakeQuestions.SendProgressAsync(dc, IntakeStage.Summary, cancellationToken);
        return await step.BeginDialogAsync(SummaryDialog.DialogId, cancellationToken: cancellationToken);
    }
}
