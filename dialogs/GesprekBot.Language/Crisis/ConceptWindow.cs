namespace GesprekBot.Language.Crisis;

/// <summary>
/// The concept layer looks at a few words on either side of a trigger word, across commas ("hij
/// pakt mijn gsm af, sluit de deur af"): people do not put a threat in one tidy clause.
/// </summary>
internal static class ConceptWindow
{
    public const int Width = 6;

    public static Clause Around(CrisisScan s, int i, int width = Width) =>
        new(Math.Max(0, i - width), Math.Min(s.Count, i + width + 1));

    public static int Find(CrisisScan s, Clause w, Func<CrisisScan, int, bool> test)
    {
        for (var i = w.Start; i < w.End; i++)
        {
            if (test(s, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A word of the client about themself: "ik"/"kheb", "me"/"mij"/"mezelf", or "mijn" before a body part.</summary>
    public static bool IsSelf(CrisisScan s, int i) =>
        ConceptLexicon.IsSubjectSelf(s[i]) || s.Is(i, ConceptLexicon.ObjectSelf) || IsOwnBody(s, i);

    /// <summary>"mijn arm", "m'n pols", "ons gezicht", "my breasts": the word is the body part.</summary>
    public static bool IsOwnBody(CrisisScan s, int i) =>
        s.Is(i, ConceptLexicon.Body) && (s.Is(i - 1, ConceptLexicon.Mine) || (s.Is(i - 2, ConceptLexicon.Mine) && !s.Is(i - 1, "eigen")));

    /// <summary>The client as object: "mij", "me", "ons", or their own body.</summary>
    public static bool IsAimedAtClient(CrisisScan s, int i) =>
        (s.Is(i, ConceptLexicon.Us) && !s.Is(i - 1, CrisisWords.Prepositions) && !IsOur(s, i) && !s.Is(i - 1, Feel)) || (s.Is(i, ConceptLexicon.Us) && s.Is(i - 1, "tegen")) || IsOwnBody(s, i);

    /// <summary>"ik voel mij opgesloten": a feeling, not someone acting on the client.</summary>
    public static readonly HashSet<string> Feel = ["voel", "voelt", "voelde", "feel", "feels", "felt"];

    /// <summary>Flemish "ons ma", "ons pa": "ons" before a person is "our".</summary>
    private static bool IsOur(CrisisScan s, int i) => s.Is(i, "ons") && i + 1 < s.Count && s.IsOtherPerson(i + 1);

    public static int Nearest(CrisisScan s, int at, Clause w, Func<CrisisScan, int, bool> test)
    {
        for (var d = 1; d < Width + 1; d++)
        {
            if (at - d >= w.Start && test(s, at - d))
            {
                return at - d;
            }

            if (at + d < w.End && test(s, at + d))
            {
                return at + d;
            }
        }

        return -1;
    }

    public static bool Any(CrisisScan s, Clause w, HashSet<string> set) => s.Find(set, w.Start, w.End) >= 0;

    public static bool Phrase(CrisisScan s, int i, params string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!s.Is(i + k, words[k]))
            {
                return false;
            }
        }

        return true;
    }
}
