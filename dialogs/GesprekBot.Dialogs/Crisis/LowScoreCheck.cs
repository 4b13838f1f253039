using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Scaling;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>
/// A client who puts themselves at 0, 1 or 2 on the scale is asked, as a caseworker would, whether
/// they feel so bad that they do not want to be here any more: asking does not put the thought in
/// anyone's head, and it catches what no list of words does. Not asked again once a crisis signal
/// was given in this conversation (the help lines were given and the intake is flagged).
/// </summary>
internal static class LowScoreCheck
{
    public const int Highest = 2;

    /// <summary>The score to check, or null when this message is not a low answer to the scale.</summary>
    public static int? ScoreToCheck(DialogContext dc) =>
        dc.Question() is { Key: ScalingSteps.ScoreKey }
        && dc.ActiveRecord() is not null
        && !CrisisMemory.WasSignalled(dc)
        && NumberRecognizer.Recognize(dc.Turn.Text) is { } score and >= 0 and <= Highest
            ? score
            : null;
}
