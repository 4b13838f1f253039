using GesprekBot.Dialogs.Engine.Prompts;

namespace GesprekBot.Dialogs;

/// <summary>The engine's prompts, fed by GesprekBot's Dutch recognizers.</summary>
internal static class DutchRecognizers
{
    public static Recognizer<bool> YesNo { get; } = DefaultRecognizers.YesNo;
}
