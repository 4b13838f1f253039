using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Erasure;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Intake.Submission;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Dialogs.NetworkInventory;

namespace GesprekBot.Dialogs;

/// <summary>Composes GesprekBot's conversations into one engine; the host calls this once at start.</summary>
public static class GesprekBotDialogs
{
    public static DialogEngine CreateEngine(TimeProvider timeProvider) => CreateEngine(timeProvider, new IntakeOptions());

    public static DialogEngine CreateEngine(TimeProvider timeProvider, IntakeOptions options) =>
        CreateEngine(timeProvider, options, new NetworkInventoryDialog());

    /// <summary>The engine with another network inventory dialog (a test stand-in with the same id and contract).</summary>
    internal static DialogEngine CreateEngine(TimeProvider timeProvider, IntakeOptions options, Dialog networkInventory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dialogs = new DialogSet(new IntakeDialog(DutchRecognizers.Intake, networkInventory));
        return new DialogEngine(dialogs, IntakeDialog.DialogId, Interceptors(options), timeProvider);
    }

    /// <summary>
    /// In this order: a click on an old card first (it answers a question already answered and must
    /// change nothing), crisis words (also inside an answer), then erasure ("wis mijn gegevens",
    /// or the host's word that the intake was erased elsewhere), then the host's resume outcome,
    /// the return from a pause, a pending "opnieuw" confirmation, and the words that work anywhere.
    /// </summary>
    private static ITurnInterceptor[] Interceptors(IntakeOptions options) =>
    [
        new EarlierQuestionInterceptor(),
        new CrisisInterceptor(),
        new ErasureInterceptor(),
        new ResumeInterceptor(),
        new Consent.ConsentInterceptor(options),
        new AfterSubmissionInterceptor(),
        new PauseInterceptor(options),
        new RestartInterceptor(),
        new HelpInterceptor(),
        new BackInterceptor(),
        new SkipInterceptor(),
    ];
}
