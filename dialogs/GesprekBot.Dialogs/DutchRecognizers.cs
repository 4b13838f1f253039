using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs;

/// <summary>The engine's prompts, fed by GesprekBot's Dutch recognizers.</summary>
internal static class DutchRecognizers
{
    public static Recognizer<bool> YesNo { get; } = (text, _) =>
        YesNoRecognizer.Recognize(text) is { } yes ? Recognition.Success(yes) : Recognition.Failed<bool>();

    public static Recognizer<int> Number { get; } = (text, _) =>
        NumberRecognizer.Recognize(text) is { } number ? Recognition.Success(number) : Recognition.Failed<int>();

    public static IntakeRecognizers Intake { get; } = new(YesNo, Number, MapCorrections.TryApply);
}
