using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.FutureQuestions;
using GesprekBot.Dialogs.Intake.Submission;
using GesprekBot.Dialogs.Intake.Summary;
using GesprekBot.Dialogs.MiracleQuestion;
using GesprekBot.Dialogs.NetworkInventory;
using GesprekBot.Dialogs.QuestionBehindQuestion;
using GesprekBot.Dialogs.Scaling;

namespace GesprekBot.Dialogs.Intake;

/// <summary>
/// The client's intake (DOMAIN.md, "Intake flow") as one waterfall, so "terug" always goes back
/// exactly one question, also across techniques. Each technique adds its steps from its own
/// folder; they are added here in the order they run.
/// </summary>
public sealed class IntakeDialog : WaterfallDialog<IntakeState>
{
    public const string DialogId = "intake";
    public const string ConsentPromptId = "intake.consent";
    public const string NamePromptId = "intake.name";

    /// <summary>The longest name kept; longer answers are cut, not refused.</summary>
    public const int MaxNameLength = 60;

    // Version 2: the techniques, network, summary and submission follow the name.
    /// <param name="recognizers">The language parts.</param>
    /// <param name="networkInventory">The network inventory dialog (id "network-inventory"); tests may pass a stand-in.</param>
    public IntakeDialog(IntakeRecognizers recognizers, Dialog networkInventory)
        : base(DialogId, version: 2)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        ArgumentNullException.ThrowIfNull(networkInventory);
        if (networkInventory.Id != NetworkInventoryDialog.DialogId)
        {
            throw new ArgumentException($"The network inventory must be registered as '{NetworkInventoryDialog.DialogId}'.", nameof(networkInventory));
        }

        AddDialog(networkInventory);
        AddDialog(new ConfirmPrompt(ConsentPromptId, recognizer: recognizers.YesNo));
        AddDialog(new TextPrompt(NamePromptId));
        AddDialog(new TextPrompt(IntakeQuestions.TextPromptId));
        AddDialog(new ConfirmPrompt(IntakeQuestions.ConfirmPromptId, recognizer: recognizers.YesNo));
        AddDialog(new NumberPrompt<int>(IntakeQuestions.NumberPromptId, recognizer: recognizers.Number) { Min = 0, Max = 10 });
        AddDialog(new SummaryDialog(recognizers));

        WelcomeSteps.AddTo(this);
        QuestionBehindQuestionSteps.AddTo(this);
        MiracleQuestionSteps.AddTo(this);
        ScalingSteps.AddTo(this);
        FutureQuestionSteps.AddTo(this);
        NetworkStageSteps.AddTo(this);
        SummaryStageSteps.AddTo(this);
        SubmissionSteps.AddTo(this);
    }

    /// <summary>
    /// Version 1 had only the welcome, consent and name steps, with the same state shape; a client
    /// waiting at one of them goes on where they were.
    /// </summary>
    protected override JsonElement? MigrateValues(int fromVersion, JsonElement values) => fromVersion == 1 ? values : null;
}
