using System.Globalization;

namespace GesprekBot.Language.Tests.Evaluation;

/// <summary>Member counts for one set or one batch of it: found, extra and missed members, and attribute accuracy on the found ones.</summary>
internal sealed class MemberScore(string title)
{
    private readonly Dictionary<string, (int Right, int Total)> accuracy = new(StringComparer.Ordinal);

    public string Title { get; } = title;

    public int Sentences { get; set; }

    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Accuracy(string what) => accuracy.TryGetValue(what, out var a) ? Ratio(a.Right, a.Total) : 0;

    public int Total(string what) => accuracy.TryGetValue(what, out var a) ? a.Total : 0;

    public void Count(string what, bool right)
    {
        var (r, t) = accuracy.GetValueOrDefault(what);
        accuracy[what] = (r + (right ? 1 : 0), t + 1);
    }

    /// <summary>The title line starts with <paramref name="indent"/>; the figures below it are indented as far.</summary>
    public void Print(TextWriter writer, string indent)
    {
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Format(c, "{0}{1} ({2} sentences, {3} gold members)", indent, Title, Sentences, TruePositives + FalseNegatives));
        indent = new string(' ', indent.Length);
        writer.WriteLine(string.Format(c, "{0}  precision {1:0.000}  recall {2:0.000}  F1 {3:0.000}   (TP {4}, FP {5}, FN {6})",
            indent, Precision, Recall, F1, TruePositives, FalsePositives, FalseNegatives));
        writer.WriteLine(string.Format(c, "{0}  accuracy: role {1:0.000}  kind {2:0.000}  domain {3:0.000}  name {4:0.000}  (on {5} found members)",
            indent, Accuracy("role"), Accuracy("kind"), Accuracy("domain"), Accuracy("name"), Total("role")));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
