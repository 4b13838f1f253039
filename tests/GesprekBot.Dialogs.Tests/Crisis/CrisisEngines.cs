using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Dialogs.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Tests.Crisis;

/// <summary>
/// The intake with the production interceptors, but a crisis detector that also gives a chosen
/// signal (unsure, danger now) for one phrase: the behaviour around such signals is under test,
/// not the lexicon that will produce them.
/// </summary>
internal static class CrisisEngines
{
    public static DialogEngine With(string phrase, CrisisSignal signal) =>
        new(
            new DialogSet(new IntakeDialog(DutchRecognizers.Intake, new StandInNetworkDialog())),
            IntakeDialog.DialogId,
            [
                new CrisisInterceptor(text => text?.Contains(phrase, StringComparison.Ordinal) == true ? signal : CrisisDetector.Detect(text)),
                new ResumeInterceptor(),
                new PauseInterceptor(new IntakeOptions()),
                new RestartInterceptor(),
                new HelpInterceptor(),
                new BackInterceptor(),
                new SkipInterceptor(),
            ],
            new FakeTimeProvider(IntakeScript.Start));

    public static CrisisSignal Unsure(CrisisCategory category, string words) => new([category], [words]) { Unsure = true };

    public static CrisisSignal Danger(CrisisCategory category, string words) => new([category], [words]) { ImmediateDanger = true };
}
