using System.Globalization;

namespace GesprekBot.Language.Tests.Evaluation;

/// <summary>The crisis figures of one evaluation file.</summary>
internal sealed class CrisisReport(string file)
{
    public string File { get; } = file;

    public int CrisisLines { get; set; }

    /// <summary>Crisis lines with any finding, of any kind.</summary>
    public int Found { get; set; }

    /// <summary>Found lines whose findings were all unsure (the bot asks gently instead of raising the alarm).</summary>
    public int FoundUnsure { get; set; }

    public int KindRight { get; set; }

    public int HarmlessLines { get; set; }

    /// <summary>Harmless lines with any finding, unsure ones included.</summary>
    public int FalseAlarms { get; set; }

    /// <summary>Lines of this file that the crisis model was trained on (all of them for the files copied into its training set).</summary>
    public int InTraining { get; set; }

    public List<string> Errors { get; } = [];

    public double Recall => CrisisLines == 0 ? 0 : (double)Found / CrisisLines;

    public double KindAccuracy => Found == 0 ? 0 : (double)KindRight / Found;

    public double FalseAlarmsPer30 => HarmlessLines == 0 ? 0 : 30.0 * FalseAlarms / HarmlessLines;

    public void Print(TextWriter writer, bool withErrors)
    {
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Format(c, "Crisis {0} ({1} crisis lines, {2} harmless lines)", File, CrisisLines, HarmlessLines));
        if (InTraining > 0)
        {
            writer.WriteLine(string.Format(c, "  {0} of its {1} lines are in the model's training set: these figures are not held-out (see the cross-validated block)",
                InTraining, CrisisLines + HarmlessLines));
        }

        writer.WriteLine(string.Format(c, "  recall {0:0.000} ({1}/{2}, {3} of them unsure)  kind accuracy {4:0.000} ({5}/{1})",
            Recall, Found, CrisisLines, FoundUnsure, KindAccuracy, KindRight));
        writer.WriteLine(string.Format(c, "  false alarms {0} in {1} harmless lines ({2:0.00} per 30)", FalseAlarms, HarmlessLines, FalseAlarmsPer30));
        if (withErrors)
        {
            Errors.ForEach(e => writer.WriteLine("  " + e));
        }
    }
}
