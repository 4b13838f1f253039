using System.Globalization;

namespace GesprekBot.Language.Tests.Evaluation;

/// <summary>Counts from one evaluation run, and the figures derived from them.</summary>
internal sealed class EvaluationReport
{
    private readonly Dictionary<string, (int Right, int Total)> accuracy = new(StringComparer.Ordinal);

    public int MemberSentences { get; set; }

    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public List<string> Errors { get; } = [];

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Accuracy of all value recognizers together (numbers, yes/no, frequency, choice).</summary>
    public double ValueAccuracy
    {
        get
        {
            var values = accuracy.Where(a => a.Key is "number" or "yesno" or "frequency" or "choice").ToList();
            return Ratio(values.Sum(v => v.Value.Right), values.Sum(v => v.Value.Total));
        }
    }

    public double Accuracy(string what) => accuracy.TryGetValue(what, out var a) ? Ratio(a.Right, a.Total) : 0;

    public int Total(string what) => accuracy.TryGetValue(what, out var a) ? a.Total : 0;

    public void Count(string what, bool right, string error, string text)
    {
        var (r, t) = accuracy.GetValueOrDefault(what);
        accuracy[what] = (r + (right ? 1 : 0), t + 1);
        if (!right)
        {
            Errors.Add($"{what,-9}{error,-30} in: {text}");
        }
    }

    public void Print(TextWriter writer, bool withErrors)
    {
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Format(c, "Members ({0} sentences, {1} gold members)", MemberSentences, TruePositives + FalseNegatives));
        writer.WriteLine(string.Format(c, "  precision {0:0.000}  recall {1:0.000}  F1 {2:0.000}   (TP {3}, FP {4}, FN {5})",
            Precision, Recall, F1, TruePositives, FalsePositives, FalseNegatives));
        foreach (var what in new[] { "role", "kind", "domain", "name" })
        {
            writer.WriteLine(string.Format(c, "  {0,-7} accuracy {1:0.000}  (on {2} found members)", what, Accuracy(what), Total(what)));
        }

        writer.WriteLine("Values");
        foreach (var what in new[] { "number", "yesno", "frequency", "choice" })
        {
            writer.WriteLine(string.Format(c, "  {0,-9} accuracy {1:0.000}  ({2} cases)", what, Accuracy(what), Total(what)));
        }

        writer.WriteLine(string.Format(c, "  all values accuracy {0:0.000}", ValueAccuracy));
        writer.WriteLine(string.Format(c, "Client names (replies to the name question)  accuracy {0:0.000}  ({1} cases)", Accuracy("client name"), Total("client name")));
        if (withErrors)
        {
            Errors.ForEach(writer.WriteLine);
        }
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
