using GesprekBot.Language.Text;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Recognises danger signals in a client's message (Dutch, Flemish, English) by the shape of its
/// clauses, not by a phrase list: who acts, on whom, with which kind of verb, wished or not. See
/// the rule classes for each kind. Deterministic and thread-safe; null or empty gives no findings.
/// </summary>
public static class CrisisRecognizer
{
    /// <summary>The most text scanned: a long paste is read at its start and its end, where people say what matters.</summary>
    internal const int MaxScanned = 2000;

    private const int TailScanned = 500;

    /// <summary>Returns every signal found, most urgent kind first; never throws, null → [].</summary>
    public static IReadOnlyList<CrisisFinding> Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var findings = new List<CrisisFinding>();
        if (text.Length <= MaxScanned)
        {
            Scan(text, 0, text.Length, findings);
        }
        else
        {
            Scan(text, 0, MaxScanned - TailScanned, findings);
            Scan(text, text.Length - TailScanned, TailScanned, findings);
        }

        return findings.Count == 0 ? [] : Merge(findings);
    }

    private static void Scan(string text, int start, int length, List<CrisisFinding> findings)
    {
        var piece = start == 0 && length == text.Length ? text : text.Substring(start, length);
        var tokens = Tokenizer.Tokenize(piece);
        var words = new List<Token>(tokens.Count);
        var clauses = new List<Clause>();
        var clauseStart = 0;
        foreach (var token in tokens)
        {
            if (token.IsWord)
            {
                words.Add(token);
                continue;
            }

            if (words.Count > clauseStart)
            {
                clauses.Add(new Clause(clauseStart, words.Count));
            }

            clauseStart = words.Count;
        }

        if (words.Count > clauseStart)
        {
            clauses.Add(new Clause(clauseStart, words.Count));
        }

        var scan = new CrisisScan(text, start, words, findings);
        foreach (var clause in clauses)
        {
            CrisisKeywords.Apply(scan, clause);
            DeathWishRules.Apply(scan, clause);
            HopelessnessRules.Apply(scan, clause);
            MethodRules.Apply(scan, clause);
            SelfHarmRules.Apply(scan, clause);
            ViolenceRules.Apply(scan, clause);
            AbuseRules.Apply(scan, clause);
        }
    }

    /// <summary>One finding per kind and evidence; an unsure finding gives way to a sure one of the same kind.</summary>
    private static List<CrisisFinding> Merge(List<CrisisFinding> findings)
    {
        var merged = new List<CrisisFinding>(findings.Count);
        foreach (var kind in Enum.GetValues<CrisisKind>())
        {
            var sure = findings.Exists(f => f.Kind == kind && !f.Unsure);
            foreach (var finding in findings)
            {
                if (finding.Kind != kind || (sure && finding.Unsure))
                {
                    continue;
                }

                var same = merged.FindIndex(m => m.Kind == kind && m.Evidence == finding.Evidence);
                if (same < 0)
                {
                    merged.Add(finding);
                }
                else if (finding.ImmediateDanger && !merged[same].ImmediateDanger)
                {
                    merged[same] = finding;
                }
            }
        }

        return merged;
    }
}
