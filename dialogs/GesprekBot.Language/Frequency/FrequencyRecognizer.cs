using GesprekBot.Language.Frequency;
using GesprekBot.Language.Numbers;
using GesprekBot.Language.Text;

namespace GesprekBot.Language;

/// <summary>
/// Recognises how often the client sees someone: counted answers ("2 keer per week", "om de
/// twee weken", "een keer per maand", "elk weekend") become a rate and then a band; fixed
/// expressions ("we wonen samen", "met kerst", "bijna nooit", "af en toe") map directly.
/// </summary>
public static class FrequencyRecognizer
{
    private static readonly (string[] Words, ContactFrequency Frequency)[] PhrasesLongestFirst =
        FrequencyLexicon.Phrases.OrderByDescending(p => p.Words.Length).ToArray();

    /// <summary>Returns the contact frequency band, or null when the text gives none.</summary>
    public static ContactFrequency? Recognize(string? text)
    {
        var tokens = NowPart(Tokenizer.Tokenize(text));
        if (tokens.Count == 0)
        {
            return null;
        }

        if (CountedTimesPerYear(tokens) is { } perYear)
        {
            return Band(perYear);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (words, frequency) in PhrasesLongestFirst)
            {
                if (PhraseMatcher.MatchesAt(tokens, words, i))
                {
                    return frequency;
                }
            }
        }

        return null;
    }

    /// <summary>"vroeger elke dag, nu bijna nooit": only what holds now counts.</summary>
    private static List<Token> NowPart(List<Token> tokens)
    {
        var past = tokens.FindIndex(t => t.Norm is "vroeger" or "toen" or "destijds");
        if (past < 0)
        {
            return tokens;
        }

        var now = tokens.FindIndex(past + 1, t => t.Norm is "nu" or "tegenwoordig" or "sindsdien" or "momenteel");
        return now < 0 ? tokens : tokens.GetRange(now + 1, tokens.Count - now - 1);
    }

    internal static ContactFrequency Band(double timesPerYear) => timesPerYear switch
    {
        >= 250 => ContactFrequency.Daily,
        >= 25 => ContactFrequency.Weekly,
        >= 7 => ContactFrequency.Monthly,
        >= 0.5 => ContactFrequency.Yearly,
        _ => ContactFrequency.Never,
    };

    private static double? CountedTimesPerYear(List<Token> tokens)
    {
        for (var p = 0; p < tokens.Count; p++)
        {
            if (!FrequencyLexicon.PeriodDays.TryGetValue(tokens[p].Norm, out var days))
            {
                continue;
            }

            // "om de twee weken", "om de week"
            if (p >= 3 && tokens[p - 2].Norm == "de" && tokens[p - 3].Norm == "om" && NumberAt(tokens, p - 1) is { } every and > 0)
            {
                return 365.0 / (every * days);
            }

            if (p >= 2 && tokens[p - 1].Norm == "de" && tokens[p - 2].Norm == "om")
            {
                return 365.0 / days;
            }

            var count = Count(tokens);
            var each = (p >= 1 && FrequencyLexicon.EachWords.Contains(tokens[p - 1].Norm))
                || (p >= 2 && FrequencyLexicon.EachWords.Contains(tokens[p - 2].Norm) && NumberAt(tokens, p - 1) is not null);
            if (count is null && !each)
            {
                continue;
            }

            // "elke twee weken" is once per two weeks.
            var periods = p >= 1 && NumberAt(tokens, p - 1) is { } n and > 0 && count is null ? n : 1;
            return (count ?? 1) * 365.0 / (days * periods);
        }

        return null;
    }

    /// <summary>The count before "keer"/"x" ("2 keer", "paar keer", "2x"), or null when there is none.</summary>
    private static int? Count(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var norm = tokens[i].Norm;
            if (tokens[i].IsDigits && norm.EndsWith('x') && NumberAt(tokens, i) is { } compact)
            {
                return compact;
            }

            if (!FrequencyLexicon.TimesWords.Contains(norm))
            {
                continue;
            }

            for (var back = i - 1; back >= Math.Max(0, i - 2); back--)
            {
                if (NumberAt(tokens, back) is { } number)
                {
                    // "2 à 3 keer": a range counts by its lower end.
                    return back >= 2 && tokens[back - 1].Norm is "a" or "of" or "tot" or "/" && NumberAt(tokens, back - 2) is { } lower
                        ? Math.Min(lower, number)
                        : number;
                }

                if (FrequencyLexicon.VagueCounts.TryGetValue(tokens[back].Norm, out var vague))
                {
                    return vague;
                }
            }

            return 1;
        }

        return null;
    }

    private static int? NumberAt(List<Token> tokens, int index)
    {
        if (index < 0 || !tokens[index].IsWord)
        {
            return null;
        }

        var one = new List<Token>(1) { tokens[index] };
        var found = NumberRecognizer.FindNumbers(one);
        return found.Count == 1 ? found[0].Value : null;
    }
}
