using GesprekBot.Language.Crisis.Model;
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

    internal const int TailScanned = 500;

    /// <summary>Evidence is for the caseworker to read at a glance.</summary>
    private const int MaxEvidenceLength = 120;

    /// <summary>
    /// Returns every signal found, most urgent kind first; never throws, null → []. The rules decide
    /// the sure findings; when they find nothing sure, the trained model may add an unsure one.
    /// </summary>
    public static IReadOnlyList<CrisisFinding> Recognize(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : CrisisModelLayer.Complete(text, RecognizeByRules(text));

    /// <summary>Trains the model now rather than on the first message (it is trained once per process).</summary>
    public static void Prepare() => _ = CrisisModelLayer.Model;

    /// <summary>
    /// Keeps the trained model in <paramref name="cacheDirectory"/>, so the next start loads it instead of
    /// training. Call before the model is first used (at start); a later call changes nothing.
    /// </summary>
    public static void UseModelCache(string cacheDirectory) => CrisisModelLayer.CacheDirectory ??= cacheDirectory;

    /// <summary>The rules alone, without the model: for the evaluation, which scores the two apart.</summary>
    internal static IReadOnlyList<CrisisFinding> RecognizeByRules(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var hits = new List<CrisisHit>();
        if (text.Length <= MaxScanned)
        {
            Scan(text, 0, text.Length, hits);
        }
        else
        {
            Scan(text, 0, MaxScanned - TailScanned, hits);
            Scan(text, text.Length - TailScanned, TailScanned, hits);
        }

        return hits.Count == 0 ? [] : Merge(text, hits);
    }

    private static void Scan(string text, int start, int length, List<CrisisHit> hits)
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
                AddWord(words, token);
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

        var scan = new CrisisScan(start, words, hits) { Clauses = clauses };
        var from = hits.Count;
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

        // The concept layer: what a rule on clause shape misses in another word order or form, by proximity.
        SelfHarmConcepts.Apply(scan);
        ViolenceConcepts.Apply(scan);
        AbuseConcepts.Apply(scan);
        DeathConcepts.Apply(scan);
        Cue.Apply(scan, EndingCues.Cues);
        Cue.Apply(scan, HurtCues.Cues);
        Cue.Apply(scan, PlanCues.Cues);
        Cue.Apply(scan, ControlCues.Cues);
        Cue.Apply(scan, FarewellCues.Cues);
        Cue.Apply(scan, FearCues.Cues);
        Cue.Apply(scan, CoverCues.Cues);
        TraceRules.Apply(scan);

        // Last: the message as a whole may be a joke, a story or an accident.
        HarmlessFrames.Apply(scan, hits, from);
    }

    /// <summary>Flemish glues "ik" to its verb ("kwil", "kga", "kheb"): the rules read it as "ik wil".</summary>
    private static void AddWord(List<Token> words, Token token)
    {
        var word = token.Norm;
        if (GluedForms.IsGlued(word))
        {
            words.Add(token with { Norm = "ik", Length = 1 });
            words.Add(token with { Norm = word[1..], Start = token.Start + 1, Length = token.Length - 1, Capitalised = false });
            return;
        }

        words.Add(token);
    }

    /// <summary>
    /// One finding per kind and stretch of text: overlapping hits of a kind become one ("voor de trein
    /// springen"), and an unsure hit gives way to a sure one of the same kind.
    /// </summary>
    private static List<CrisisFinding> Merge(string text, List<CrisisHit> hits)
    {
        hits.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.Start.CompareTo(b.Start));
        var findings = new List<CrisisFinding>();
        var i = 0;
        while (i < hits.Count)
        {
            var kind = hits[i].Kind;
            var sure = false;
            for (var k = i; k < hits.Count && hits[k].Kind == kind; k++)
            {
                sure |= !hits[k].Unsure;
            }

            CrisisHit? open = null;
            for (; i < hits.Count && hits[i].Kind == kind; i++)
            {
                var hit = hits[i];
                if (sure && hit.Unsure)
                {
                    continue;
                }

                if (open is { } current && hit.Start <= current.End)
                {
                    open = current with { End = Math.Max(current.End, hit.End), Unsure = current.Unsure && hit.Unsure, Danger = current.Danger || hit.Danger };
                    continue;
                }

                if (open is { } done)
                {
                    findings.Add(Finding(text, done));
                }

                open = hit;
            }

            if (open is { } last)
            {
                findings.Add(Finding(text, last));
            }
        }

        return findings;
    }

    private static CrisisFinding Finding(string text, CrisisHit hit) =>
        new(hit.Kind, text.Substring(hit.Start, Math.Min(hit.End - hit.Start, MaxEvidenceLength)), hit.Unsure, hit.Danger);
}
