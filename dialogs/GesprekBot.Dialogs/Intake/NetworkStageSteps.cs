using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Intake;

/// <summary>
/// Intake step 7: the network inventory, run entirely by the network dialog, begun with the
/// client's earlier answers so people they already named are proposed, not silently added.
/// </summary>
internal static class NetworkStageSteps
{
    /// <summary>The network engineer's NetworkInventoryDialog.DialogId.</summary>
    public const string NetworkInventoryDialogId = "network-inventory";

    public static void AddTo(WaterfallDialog<IntakeState> intake) => intake.AddStep(BeginNetworkAsync);

    private static async Task<DialogTurnResult> BeginNetworkAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        IntakeQuestions.RecordPending(step);
        var dc = step.Context;
        var texts = new TextCatalog(dc.Culture);
        await IntakeQuestions.SendProgressAsync(dc, IntakeStage.Network, cancellationToken);
        dc.Conversation.Set(IntakeSession.QuestionKey, new OpenQuestion("network", Technique.Network));
        if (dc.Dialogs.Find(NetworkInventoryDialogId) is null)
        {
            // A build without the network dialog still completes the intake.
            await step.SendAsync(texts[nameof(Texts.NetworkUnavailable)], cancellationToken);
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var earlier = dc.Record()?.Answers.Select(a => a.Text).ToList() ?? [];
        return await step.BeginDialogAsync(NetworkInventoryDialogId, new NetworkStageOptions(earlier), cancellationToken);
    }
}

/// <summary>The options the network dialog is begun with; same JSON shape as its NetworkInventoryOptions.</summary>
/// <param name="EarlierAnswers">The client's earlier free-text answers.</param>
internal sealed record NetworkStageOptions(IReadOnlyList<string> EarlierAnswers);
