using System.Globalization;
using GesprekBot.Language.Text;

namespace GesprekBot.Language.Tests.Evaluation;

/// <summary>
/// Scores the recognizers against the labelled sets in Evaluation/members.txt and values.txt.
/// Shared by the threshold test and the "language-eval" command of GesprekBot.Benchmarks.
/// A gold member is found when a recognised member's label contains its head word; role, kind,
/// domain and name are then compared on those pairs.
/// </summary>
internal static class LanguageEvaluation
{
    public static readonly IReadOnlyList<ChoiceOption> SupportChoices =
    [
        new("Emotionele steun", ["troost", "een luisterend oor", "iemand om mee te praten"]),
        new("Praktische hulp", ["helpen", "klusjes", "boodschappen", "vervoer"]),
        new("Gezelschap en ontspanning", ["samen iets doen", "plezier maken", "uitstapjes"]),
        new("Advies en informatie", ["raad", "tips", "uitleg"]),
    ];

    /// <summary>The member sets: Dutch (the asserted one) and English, each scored and printed on its own.</summary>
    public static readonly (string File, string Title)[] MemberSets = [("members.txt", "Dutch"), ("members-en.txt", "English")];

    public static EvaluationReport Run(string directory)
    {
        var report = new EvaluationReport();
        foreach (var (file, title) in MemberSets)
        {
            var path = Path.Combine(directory, file);
            if (File.Exists(path))
            {
                ScoreMemberFile(report, path, title);
            }
        }

        foreach (var line in DataLines(Path.Combine(directory, "values.txt")))
        {
            var parts = line.Split('|', 3, StringSplitOptions.TrimEntries);
            ScoreValue(report, parts[0], parts[1], parts[2]);
        }

        foreach (var line in DataLines(Path.Combine(directory, "names.txt")))
        {
            var parts = line.Split('|', 3, StringSplitOptions.TrimEntries);
            ScoreName(report, parts[0], parts[1], parts[2]);
        }

        return report;
    }

    private static IEnumerable<string> DataLines(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    /// <summary>Scores a member file as a whole and per batch; a batch starts at a comment line "# --- …".</summary>
    private static void ScoreMemberFile(EvaluationReport report, string path, string title)
    {
        var whole = new MemberScore(title);
        var batch = new MemberScore("first batch");
        report.MemberSets.Add((whole, [batch]));
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("# ---", StringComparison.Ordinal))
            {
                batch = new MemberScore(line.Trim('#', '-', ' ', '.'));
                report.MemberSets[^1].Batches.Add(batch);
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            var gold = parts.Length < 2 || parts[1].Length == 0
                ? []
                : parts[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(GoldMember.Parse).ToList();
            ScoreMembers(report, [whole, batch], title, parts[0], gold);
        }

        report.MemberSets[^1].Batches.RemoveAll(b => b.Sentences == 0);
    }

    private static void ScoreMembers(EvaluationReport report, MemberScore[] scores, string set, string text, List<GoldMember> gold)
    {
        Array.ForEach(scores, s => s.Sentences++);
        var predicted = NetworkMemberRecognizer.Recognize(text).ToList();
        var unmatched = new List<RecognizedMember>(predicted);
        foreach (var expected in gold)
        {
            var match = unmatched.Find(p => ContainsWords(TextNormalizer.Normalize(p.Label), expected.Head));
            if (match is null)
            {
                Array.ForEach(scores, s => s.FalseNegatives++);
                report.Errors.Add($"{set,-8}missed   {expected.Head,-14} in: {text}");
                continue;
            }

            unmatched.Remove(match);
            Array.ForEach(scores, s => s.TruePositives++);
            Attribute(report, scores, set, "role", match.Role == expected.Role, $"{match.Role} ≠ {expected.Role}", text);
            Attribute(report, scores, set, "kind", match.Kind == expected.Kind, $"{match.Kind} ≠ {expected.Kind}", text);
            Attribute(report, scores, set, "domain", match.Domain == expected.Domain, $"{match.Domain} ≠ {expected.Domain}", text);
            Attribute(report, scores, set, "name", string.Equals(match.Name, expected.Name, StringComparison.OrdinalIgnoreCase),
                $"{match.Name} ≠ {expected.Name}", text);
        }

        foreach (var extra in unmatched)
        {
            Array.ForEach(scores, s => s.FalsePositives++);
            report.Errors.Add($"{set,-8}extra    {extra.Label,-14} in: {text}");
        }
    }

    private static void Attribute(EvaluationReport report, MemberScore[] scores, string set, string what, bool right, string error, string text)
    {
        Array.ForEach(scores, s => s.Count(what, right));
        if (!right)
        {
            report.Errors.Add($"{set,-8}{what,-9}{error,-30} in: {text}");
        }
    }

    private static void ScoreValue(EvaluationReport report, string kind, string text, string expected)
    {
        string? actual = kind switch
        {
            "number" => NumberRecognizer.Recognize(text)?.ToString(CultureInfo.InvariantCulture),
            "yesno" => YesNoRecognizer.Recognize(text) switch { true => "ja", false => "nee", null => null },
            "frequency" => FrequencyRecognizer.Recognize(text)?.ToString(),
            "choice" => ChoiceRecognizer.Recognize(text, SupportChoices)?.Index.ToString(CultureInfo.InvariantCulture),
            _ => throw new InvalidDataException($"Unknown value kind '{kind}'."),
        };
        report.Count(kind, (actual ?? "null") == expected, $"{actual ?? "null"} ≠ {expected}", text);
    }

    /// <summary>A reply to the name question: right when kind, name and sure/unsure all match the gold.</summary>
    private static void ScoreName(EvaluationReport report, string text, string kind, string name)
    {
        var reply = NameRecognizer.Recognize(text);
        var actual = reply.Kind switch
        {
            NameReplyKind.Name => $"{(reply.Unsure ? "unsure" : "name")} {reply.Name}",
            NameReplyKind.Question => "question -",
            NameReplyKind.Skip => "skip -",
            _ => "none -",
        };
        report.Count("client name", actual == $"{kind} {name}", $"{actual} ≠ {kind} {name}", text);
    }

    private static bool ContainsWords(string haystack, string head)
    {
        var needle = TextNormalizer.Normalize(head);
        return (" " + haystack + " ").Contains(" " + needle + " ", StringComparison.Ordinal);
    }

    private sealed record GoldMember(string Head, string? Role, MemberKind Kind, LifeDomain Domain, string? Name)
    {
        // head|role|kind|domain|name, "-" for none
        public static GoldMember Parse(string text)
        {
            var f = text.Split('|', StringSplitOptions.TrimEntries);
            if (f.Length != 5)
            {
                throw new InvalidDataException($"Gold member needs 5 fields: '{text}'.");
            }

            return new GoldMember(f[0], Null(f[1]), Enum.Parse<MemberKind>(f[2]), Enum.Parse<LifeDomain>(f[3]), Null(f[4]));
        }

        private static string? Null(string value) => value == "-" ? null : value;
    }
}
