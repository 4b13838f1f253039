using GesprekBot.Language.YesNo;
using GesprekBot.Language.Text;

namespace GesprekBot.Language;

/// <summary>
/// Recognises yes or no in a client's answer: "ja", "jawel", "oké", "klopt", "akkoord", 👍 …;
/// "nee", "neen", "neeje", "nope", "liever niet", "dat klopt niet", 👎 …; null when the client
/// is unsure ("misschien", "weet ik niet") or says neither. A negation wins over the word it
/// negates ("niet akkoord" is no), and a no wins over a yes in the same answer.
/// </summary>
public static class YesNoRecognizer
{
    private static readonly Dictionary<string, Polarity> Collapsed = YesNoLexicon.Words
        .GroupBy(pair => CollapseRepeats(pair.Key))
        .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);

    /// <summary>Returns true for yes, false for no, null when unsure, unknown or empty.</summary>
    public static bool? Recognize(string? text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var signals = new List<(Polarity Polarity, int Position)>();
        var position = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsWord)
            {
                i++;
                continue;
            }

            var phrase = MatchPhrase(tokens, i);
            if (phrase is { } match)
            {
                signals.Add((match.Polarity, position));
                i += match.Length;
            }
            else
            {
                if (Lookup(tokens[i].Norm) is { } polarity)
                {
                    signals.Add((polarity, position));
                }

                i++;
            }

            position++;
        }

        AddEmojiSignals(text, signals);
        return Decide(signals);
    }

    private static bool? Decide(List<(Polarity Polarity, int Position)> signals)
    {
        if (signals.Count == 0 || signals.Exists(s => s.Polarity == Polarity.Unsure))
        {
            return null;
        }

        if (signals.Exists(s => s.Polarity == Polarity.No))
        {
            return false;
        }

        var yeses = signals.FindAll(s => s.Polarity == Polarity.Yes);
        foreach (var negator in signals.FindAll(s => s.Polarity == Polarity.Negator))
        {
            // A lone "niet" is a no; next to a yes word it negates that word.
            if (yeses.Count == 0 || yeses.Exists(y => Math.Abs(y.Position - negator.Position) <= 2))
            {
                return false;
            }
        }

        return yeses.Count > 0 ? true : null;
    }

    private static (Polarity Polarity, int Length)? MatchPhrase(List<Token> tokens, int at)
    {
        foreach (var (words, polarity) in YesNoLexicon.Phrases)
        {
            if (PhraseMatcher.MatchesAt(tokens, words, at))
            {
                return (polarity, words.Length);
            }
        }

        return null;
    }

    private static Polarity? Lookup(string word)
    {
        if (YesNoLexicon.Words.TryGetValue(word, out var polarity))
        {
            return polarity;
        }

        // Chat stretches words ("jaaaa", "neeee", "okeeee").
        var collapsed = CollapseRepeats(word);
        if (collapsed.Length != word.Length && Collapsed.TryGetValue(collapsed, out polarity))
        {
            return polarity;
        }

        return word.Length >= 6 && FuzzyLookup(word) is { } fuzzy ? fuzzy : null;
    }

    private static Polarity? FuzzyLookup(string word)
    {
        foreach (var (known, polarity) in YesNoLexicon.Words)
        {
            if (known.Length >= 6 && known[0] == word[0] && EditDistance.Compute(word, known, 1) <= 1)
            {
                return polarity;
            }
        }

        return null;
    }

    private static void AddEmojiSignals(string? text, List<(Polarity Polarity, int Position)> signals)
    {
        if (text is null || text.Length > Tokenizer.MaxLength)
        {
            return;
        }

        if (text.Contains("👍", StringComparison.Ordinal) || text.Contains("👌", StringComparison.Ordinal)
            || text.Contains('✅') || text.Contains('✔'))
        {
            signals.Add((Polarity.Yes, -10));
        }

        if (text.Contains("👎", StringComparison.Ordinal) || text.Contains('❌') || text.Contains("🚫", StringComparison.Ordinal))
        {
            signals.Add((Polarity.No, -10));
        }
    }

    internal static string CollapseRepeats(string word)
    {
        if (word.Length < 2)
        {
            return word;
        }

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (length == 0 || buffer[length - 1] != c)
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }
}
