using GesprekBot.Language.Text;

namespace GesprekBot.Language.Members.Lexicon;

/// <summary>
/// All member vocabulary in one lookup, built once: exact phrases (longest first), then plural,
/// diminutive and typo fallbacks for single words ("mamas", "zuske", "nonkle", "buurvrouwe").
/// </summary>
internal static class RoleLexicon
{
    public static readonly Dictionary<string, LexiconEntry> Entries = Build();

    private static readonly HashSet<string> PhraseStarters = Entries.Keys
        .Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)])
        .ToHashSet(StringComparer.Ordinal);

    private static readonly int MaxWords = Entries.Keys.Max(k => k.Count(c => c == ' ') + 1);

    // Typo candidates by first letter and length, so a word is only compared with words it could be.
    private static readonly Dictionary<(char Initial, int Length), string[]> SingleWordsByShape = Entries.Keys
        .Where(k => !k.Contains(' ', StringComparison.Ordinal) && k.Length >= 4)
        .GroupBy(k => (k[0], k.Length)).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] DiminutiveEndings = ["tje", "ke", "je", "ken", "kes", "jes", "e"];

    /// <summary>The lexicon entry starting at <paramref name="at"/> and how many tokens it spans.</summary>
    public static (LexiconEntry Entry, int Length)? Match(List<Token> tokens, int at, bool allowFuzzy = true)
    {
        if (at >= tokens.Count || !tokens[at].IsWord)
        {
            return null;
        }

        var word = tokens[at].Norm;
        if (PhraseStarters.Contains(word))
        {
            for (var length = Math.Min(MaxWords, tokens.Count - at); length >= 2; length--)
            {
                if (Entries.TryGetValue(Key(tokens, at, length), out var phrase))
                {
                    return (phrase, length);
                }
            }
        }

        if (Entries.TryGetValue(word, out var exact))
        {
            return (exact, 1);
        }

        return Fallback(word, allowFuzzy) is { } entry ? (entry, 1) : null;
    }

    private static LexiconEntry? Fallback(string word, bool allowFuzzy)
    {
        if (word.Length < 4 || IsNeverMember(word))
        {
            return null;
        }

        // "mamas" / "mama's", "collegas": Dutch plurals in -s follow a vowel or -el/-er/-en/-ie.
        if (word[^1] == 's' && Entries.TryGetValue(word[..^1], out var singular) && !singular.Plural && TakesPluralS(word[..^1]))
        {
            return AsPlural(singular);
        }

        // A doubled last letter is a slip of the finger ("zuss", "broerr").
        if (word[^1] == word[^2] && Entries.TryGetValue(word[..^1], out var undoubled))
        {
            return undoubled;
        }

        foreach (var ending in DiminutiveEndings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal)
                && Entries.TryGetValue(word[..^ending.Length], out var stem))
            {
                return stem;
            }
        }

        return CompoundHead(word) ?? (allowFuzzy && word.Length >= 5 ? Fuzzy(word) : null);
    }

    /// <summary>Dutch compounds end in their head: "pleegzorgbegeleider" is a begeleider.</summary>
    private static LexiconEntry? CompoundHead(string word)
    {
        // A club or team may be a short head ("biljartclub", "dansteam"); other heads need five letters ("netwerk" is no werk).
        for (var start = 2; word.Length - start >= 4; start++)
        {
            if (SpanLookup.TryGetValue(word.AsSpan(start), out var head) && !IsNeverMember(word[start..])
                && (word.Length - start >= 5 || head.Kind == MemberKind.Group))
            {
                return head;
            }
        }

        return null;
    }

    private static bool TakesPluralS(string stem) =>
        stem[^1] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y'
        || stem.EndsWith("el", StringComparison.Ordinal) || stem.EndsWith("er", StringComparison.Ordinal)
        || stem.EndsWith("en", StringComparison.Ordinal) || stem.EndsWith("em", StringComparison.Ordinal);

    private static LexiconEntry? Fuzzy(string word)
    {
        var allowed = EditDistance.AllowedTypos(word.Length);
        string? best = null;
        var bestDistance = allowed + 1;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            if (!SingleWordsByShape.TryGetValue((word[0], length), out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var limit = Math.Min(allowed, EditDistance.AllowedTypos(candidate.Length));
                var distance = EditDistance.Compute(word, candidate, limit);
                if (distance <= limit && distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }
        }

        return best is null ? null : Entries[best];
    }

    private static bool IsNeverMember(string word) =>
        CommonWords.All.Contains(word) || FirstNames.All.Contains(word) || FunctionWords.Adjectives.Contains(word)
        || FunctionWords.Possessives.Contains(word) || FunctionWords.Articles.Contains(word);

    private static LexiconEntry AsPlural(LexiconEntry singular) => singular with
    {
        Plural = true,
        Kind = singular.Kind == MemberKind.Person ? MemberKind.Group : singular.Kind,
    };

    private static string Key(List<Token> tokens, int at, int length)
    {
        var parts = new string[length];
        for (var k = 0; k < length; k++)
        {
            if (!tokens[at + k].IsWord)
            {
                return string.Empty;
            }

            parts[k] = tokens[at + k].Norm;
        }

        return string.Join(' ', parts);
    }

    private static Dictionary<string, LexiconEntry> Build()
    {
        var builder = new LexiconBuilder();
        FamilyLexicon.Register(builder);
        SocialLexicon.Register(builder);
        ProfessionalLexicon.Register(builder);
        SchoolWorkLexicon.Register(builder);
        AnimalLexicon.Register(builder);
        PlaceAndGroupLexicon.Register(builder);
        EnglishLexicon.Register(builder);
        return builder.Entries;
    }
}
