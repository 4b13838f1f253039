using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.NetworkInventory;

namespace GesprekBot.Dialogs.Intake;

/// <summary>
/// Intake step 7: the network inventory, run entirely by the network dialog, begun with the
/// client's earlier answers so people they already named are proposed, not silently added (the
/// client themself excepted).
/// </summary>
internal static class NetworkStageSteps
{
    public static void AddTo(WaterfallDialog<IntakeState> intake) => intake.AddStep(BeginNetworkAsync);

    private static async Task<DialogTurnResult> BeginNetworkAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        IntakeQuestions.RecordPending(step);
        var dc = step.Context;
        await IntakeQuestions.SendProgressAsync(dc, IntakeStage.Network, cancellationToken);
        dc.Conversation.Set(IntakeSession.QuestionKey, new OpenQuestion("network", Technique.Network));
        var earlier = dc.Record()?.Answers.Select(a => a.Text).ToList() ?? [];
        var options = new NetworkInventoryOptions { EarlierAnswers = earlier, ClientName = dc.Record()?.PreferredName };
        return await step.BeginDialogAsync(NetworkInventoryDialog.DialogId, options, cancellationToken);
    }
}
