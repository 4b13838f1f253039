using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Dialogs;

/// <summary>Composes GesprekBot's conversations into one engine; the host calls this once at start.</summary>
public static class GesprekBotDialogs
{
    public static DialogEngine CreateEngine(TimeProvider timeProvider)
    {
        var dialogs = new DialogSet(new IntakeDialog(DutchRecognizers.YesNo));
        return new DialogEngine(dialogs, IntakeDialog.DialogId, [], timeProvider);
    }
}
