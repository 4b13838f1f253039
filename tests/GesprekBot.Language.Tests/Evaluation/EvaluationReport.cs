using System.Globalization;

namespace GesprekBot.Language.Tests.Evaluation;

/// <summary>Counts from one evaluation run, and the figures derived from them.</summary>
internal sealed class EvaluationReport
{
    private readonly Dictionary<string, (int Right, int Total)> accuracy = new(StringComparer.Ordinal);

    /// <summary>Each member set (Dutch, English) as a whole and per batch, in file order.</summary>
    public List<(MemberScore Whole, List<MemberScore> Batches)> MemberSets { get; } = [];

    public List<string> Errors { get; } = [];

    /// <summary>The member set titled <paramref name="title"/> ("Dutch", "English").</summary>
    public MemberScore Members(string title) => MemberSets.Find(s => s.Whole.Title == title).Whole ?? new MemberScore(title);

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
        foreach (var (whole, batches) in MemberSets)
        {
            whole.Print(writer, "Members, ");
            batches.ForEach(b => b.Print(writer, "    "));
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
