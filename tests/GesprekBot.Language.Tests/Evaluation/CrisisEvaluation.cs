using GesprekBot.Language.Crisis;
using GesprekBot.Language.Crisis.Model;

namespace GesprekBot.Language.Tests.Evaluation;

/// <summary>
/// Scores the crisis recognizer on every <c>crisis*.txt</c> in a folder, one report per file, so a
/// held-out file dropped in beside the development set is scored on its own. Line format:
/// <c>kind&lt;TAB&gt;sentence</c>, kind one of suicide, selfharm, violence, abuse, none; "#" starts a comment.
/// </summary>
internal static class CrisisEvaluation
{
    public static IReadOnlyList<CrisisReport> Run(string directory) =>
        [.. Directory.EnumerateFiles(directory, "crisis*.txt").Order(StringComparer.Ordinal).Select(RunFile)];

    /// <summary>The lines the model was trained on: a file among them is scored, but its figures are no longer held-out.</summary>
    private static readonly Lazy<HashSet<string>> Trained = new(() => TrainingSet.LoadEmbedded().Select(e => TextNormalizer.Normalize(e.Text)).ToHashSet(StringComparer.Ordinal));

    public static CrisisReport RunFile(string path)
    {
        var report = new CrisisReport(Path.GetFileName(path));
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                throw new InvalidDataException($"{report.File}:{number}: expected 'kind<TAB>sentence'.");
            }

            var text = line[(tab + 1)..].Trim();
            report.InTraining += Trained.Value.Contains(TextNormalizer.Normalize(text)) ? 1 : 0;
            Score(report, Parse(line[..tab].Trim(), report.File, number), text);
        }

        return report;
    }

    private static void Score(CrisisReport report, CrisisKind? expected, string text)
    {
        var findings = CrisisRecognizer.Recognize(text);
        if (expected is null)
        {
            report.HarmlessLines++;
            if (findings.Count > 0)
            {
                report.FalseAlarms++;
                report.Errors.Add($"alarm    {Describe(findings)} in: {text}");
            }

            return;
        }

        report.CrisisLines++;
        if (findings.Count == 0)
        {
            report.Errors.Add($"missed   [{Name(expected.Value)}] {text}");
            return;
        }

        report.Found++;
        report.FoundUnsure += findings.All(f => f.Unsure) ? 1 : 0;
        // The kind a caseworker would read first: the most urgent sure finding, else the most urgent unsure one.
        var kind = (findings.FirstOrDefault(f => !f.Unsure) ?? findings[0]).Kind;
        if (kind == expected)
        {
            report.KindRight++;
        }
        else
        {
            report.Errors.Add($"kind     {Name(kind)} ≠ {Name(expected.Value)} in: {text}");
        }
    }

    private static CrisisKind? Parse(string kind, string file, int number) => kind switch
    {
        "suicide" => CrisisKind.Suicide,
        "selfharm" => CrisisKind.SelfHarm,
        "violence" => CrisisKind.Violence,
        "abuse" => CrisisKind.Abuse,
        "none" => null,
        _ => throw new InvalidDataException($"{file}:{number}: unknown kind '{kind}'."),
    };

    private static string Name(CrisisKind kind) => kind.ToString().ToLowerInvariant();

    private static string Describe(IReadOnlyList<CrisisFinding> findings) =>
        string.Join(", ", findings.Select(f => $"{Name(f.Kind)}{(f.Unsure ? "?" : "")} '{f.Evidence}'"));
}
