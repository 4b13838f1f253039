using GesprekBot.Language.Choices;
using GesprekBot.Language.Numbers;
using GesprekBot.Language.Text;

namespace GesprekBot.Language;

/// <summary>
/// Picks the client's choice from a list: by index ("2", "de tweede", "de laatste"), by the
/// choice's text or a synonym, or by a typo of them (Damerau-Levenshtein). Each match has a
/// score; below the threshold, or when two choices tie, there is no match.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>Default minimum score for a match.</summary>
    public const double DefaultThreshold = 0.6;

    /// <summary>Returns the best-matching choice, or null when none scores at least <paramref name="threshold"/>.</summary>
    public static ChoiceMatch? Recognize(string? text, IReadOnlyList<ChoiceOption>? choices, double threshold = DefaultThreshold)
    {
        if (choices is null || choices.Count == 0)
        {
            return null;
        }

        var words = Words(Tokenizer.Tokenize(text));
        return words.Count == 0 ? null : Best(words, ChoiceTable.For(choices), threshold);
    }

    /// <summary>
    /// Returns every choice the client named ("emotionele steun en praktische hulp", "1 en 3",
    /// "allemaal"), ordered by index; empty when none.
    /// </summary>
    public static IReadOnlyList<ChoiceMatch> RecognizeMany(string? text, IReadOnlyList<ChoiceOption>? choices, double threshold = DefaultThreshold)
    {
        if (choices is null || choices.Count == 0)
        {
            return [];
        }

        var words = Words(Tokenizer.Tokenize(text));
        if (words.Count == 0)
        {
            return [];
        }

        if (words.Count <= 2 && words.Exists(OrdinalWords.All.Contains))
        {
            return Enumerable.Range(0, choices.Count).Select(i => new ChoiceMatch(i, 1.0)).ToList();
        }

        var table = ChoiceTable.For(choices);
        var found = new Dictionary<int, double>();
        var consumed = new bool[words.Count];
        for (var c = 0; c < table.Count; c++)
        {
            foreach (var phrase in table[c])
            {
                var at = IndexOf(words, phrase.Words);
                if (at >= 0)
                {
                    found[c] = Math.Max(found.GetValueOrDefault(c), 0.95);
                    Array.Fill(consumed, true, at, phrase.Words.Length);
                }
            }
        }

        var segment = new List<string>();
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && !consumed[i] && words[i] != "," && !OrdinalWords.Joiners.Contains(words[i]))
            {
                segment.Add(words[i]);
                continue;
            }

            if (segment.Count > 0 && Best(segment, table, threshold) is { } match && !found.ContainsKey(match.Index))
            {
                found[match.Index] = match.Score;
            }

            segment.Clear();
        }

        return found.OrderBy(pair => pair.Key).Select(pair => new ChoiceMatch(pair.Key, pair.Value)).ToList();
    }

    private static List<string> Words(List<Token> tokens) =>
        tokens.Where(t => t.IsWord || t.Kind == TokenKind.ListSeparator).Select(t => t.IsWord ? t.Norm : ",").Take(64).ToList();

    private static ChoiceMatch? Best(List<string> words, ChoiceTable table, double threshold)
    {
        var content = words.Where(w => w != ",").ToList();
        if (content.Count == 0)
        {
            return null;
        }

        if (ByPosition(content, table.Count) is { } index)
        {
            // A choice whose own text is the number ("3 keer per week") still wins by text.
            var byText = ByText(content, table, threshold);
            return byText is { Score: >= 0.95 } ? byText : new ChoiceMatch(index, 1.0);
        }

        return ByText(content, table, threshold);
    }

    private static int? ByPosition(List<string> words, int count)
    {
        var meaningful = words.Where(w => !OrdinalWords.Fillers.Contains(w)).ToList();
        if (meaningful.Count != 1)
        {
            return null;
        }

        var word = meaningful[0];
        int? position = OrdinalWords.Ordinals.TryGetValue(word, out var ordinal) ? ordinal
            : OrdinalWords.FromEnd.TryGetValue(word, out var fromEnd) ? count - fromEnd
            : NumberRecognizer.Recognize(word);
        return position is { } p && p >= 1 && p <= count ? p - 1 : null;
    }

    private static ChoiceMatch? ByText(List<string> words, ChoiceTable table, double threshold)
    {
        var input = string.Join(' ', words.Where(w => !ChoiceTable.IsStopWord(w)));
        var bestIndex = -1;
        var bestScore = 0.0;
        var tie = false;
        for (var c = 0; c < table.Count; c++)
        {
            var score = 0.0;
            foreach (var phrase in table[c])
            {
                score = Math.Max(score, Score(words, input, phrase, table));
            }

            if (score > bestScore + 1e-9)
            {
                (bestIndex, bestScore, tie) = (c, score, false);
            }
            else if (Math.Abs(score - bestScore) <= 1e-9 && score > 0)
            {
                tie = true;
            }
        }

        return bestIndex >= 0 && !tie && bestScore >= threshold ? new ChoiceMatch(bestIndex, Math.Round(bestScore, 3)) : null;
    }

    private static double Score(List<string> words, string input, ChoicePhrase phrase, ChoiceTable table)
    {
        var content = phrase.Content;
        var joined = phrase.Joined;
        if (input == joined)
        {
            return 1.0;
        }

        if (IndexOf(words, phrase.Words) >= 0)
        {
            return 0.95;
        }

        var whole = input.Length <= 60 ? EditDistance.Similarity(input, joined) * 0.95 : 0;
        var matched = 0.0;
        var distinctive = 0.0;
        foreach (var part in content)
        {
            var best = 0.0;
            foreach (var word in words)
            {
                best = Math.Max(best, WordSimilarity(word, part));
            }

            matched += best;
            if (best > 0 && table.IsDistinctive(part))
            {
                distinctive = Math.Max(distinctive, best * 0.8);
            }
        }

        return Math.Max(whole, Math.Max(distinctive, 0.9 * matched / content.Length));
    }

    private static double WordSimilarity(string word, string part)
    {
        if (word == part)
        {
            return 1.0;
        }

        if (word.Length >= 4 && part.StartsWith(word, StringComparison.Ordinal))
        {
            return 0.85;
        }

        var allowed = EditDistance.AllowedTypos(Math.Max(word.Length, part.Length));
        var distance = EditDistance.Compute(word, part, allowed);
        return distance <= allowed && allowed > 0 ? 1.0 - ((double)distance / Math.Max(word.Length, part.Length)) : 0;
    }

    private static int IndexOf(List<string> words, string[] phrase)
    {
        for (var i = 0; i <= words.Count - phrase.Length; i++)
        {
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++)
            {
                all = words[i + k] == phrase[k];
            }

            if (all)
            {
                return i;
            }
        }

        return -1;
    }
}
