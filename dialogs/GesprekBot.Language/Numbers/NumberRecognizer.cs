using GesprekBot.Language.Numbers;
using GesprekBot.Language.Text;

namespace GesprekBot.Language;

/// <summary>
/// Recognises a whole number in a client's answer: digits ("7", "6/10", "7,5" rounds to 8),
/// Dutch number words up to the thousands ("eenentwintig", "vijf en veertig", "honderd"),
/// and scale answers ("zes op tien", "een dikke vijf", "ongeveer vier", "acht, misschien").
/// </summary>
public static class NumberRecognizer
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "een", "ene", "ne", "nen" };

    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal) { "op", "van", "tot", "uit", "schaal" };

    // Words that may follow a bare "een" that still means the number one ("een, denk ik", "een op tien").
    private static readonly HashSet<string> AfterBareOne = new(StringComparer.Ordinal)
    {
        "op", "van", "tot", "uit", "denk", "ik", "misschien", "ongeveer", "of", "zo", "wel", "hoor", "maar", "dan", "toch", "nu",
    };

    /// <summary>Returns the number the client gave, or null when there is none or they do not know.</summary>
    public static int? Recognize(string? text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0 || PhraseMatcher.ContainsAny(tokens, NumberWords.DontKnow))
        {
            return null;
        }

        var candidates = FindNumbers(tokens);
        if (candidates.Count == 0)
        {
            return null;
        }

        // "een" is mostly an article ("een dikke vijf"), and a number after "op", "van", "tot"
        // or "/" is the scale's maximum ("6 op 10", "van 0 tot 10 een 3").
        foreach (var candidate in candidates)
        {
            if (!candidate.IsArticle && !candidate.AfterRangeWord)
            {
                return candidate.Value;
            }
        }

        foreach (var candidate in candidates)
        {
            if (!candidate.AfterRangeWord)
            {
                return candidate.Value;
            }
        }

        return candidates[0].Value;
    }

    internal static List<NumberCandidate> FindNumbers(List<Token> tokens)
    {
        var found = new List<NumberCandidate>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                i++;
                continue;
            }

            var afterRange = i > 0 && (tokens[i - 1].Norm == "/" || RangeWords.Contains(tokens[i - 1].Norm));
            if (token.IsDigits)
            {
                found.Add(new NumberCandidate(ParseDigits(tokens, ref i), false, afterRange));
                continue;
            }

            var (value, consumed) = ParseWords(tokens, i);
            var isArticle = consumed == 1 && Articles.Contains(token.Norm);
            if (isArticle && FollowedByOrdinaryWord(tokens, i))
            {
                // "ik heb al een budget gemaakt": an article before a noun, not a one.
                i++;
                continue;
            }

            if (value is { } number)
            {
                found.Add(new NumberCandidate(number, isArticle, afterRange));
                i += consumed;
                continue;
            }

            i++;
        }

        return found;
    }

    private static bool FollowedByOrdinaryWord(List<Token> tokens, int at)
    {
        for (var j = at + 1; j < tokens.Count; j++)
        {
            if (tokens[j].IsWord)
            {
                return !tokens[j].IsDigits && !AfterBareOne.Contains(tokens[j].Norm) && !DutchNumberParser.IsNumberPiece(tokens[j].Norm);
            }
        }

        return false;
    }

    private static int ParseDigits(List<Token> tokens, ref int i)
    {
        var token = tokens[i];
        var digits = LeadingDigits(token.Norm);
        var value = digits.Length > 9 ? int.MaxValue : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        i++;
        // "7,5" or "7.5" written without spaces is a fraction; round half up.
        if (digits.Length == token.Norm.Length && i + 1 < tokens.Count && tokens[i].Norm is "," or "."
            && tokens[i + 1].IsDigits && tokens[i].Start == token.Start + token.Length
            && tokens[i + 1].Start == tokens[i].Start + 1 && value < int.MaxValue)
        {
            var fraction = tokens[i + 1].Norm;
            if (fraction[0] >= '5')
            {
                value++;
            }

            i += 2;
        }

        return value;
    }

    private static string LeadingDigits(string norm)
    {
        var end = 0;
        while (end < norm.Length && char.IsAsciiDigit(norm[end]))
        {
            end++;
        }

        return norm[..end];
    }

    /// <summary>Longest run of number pieces that parses ("vijf en veertig", "twee honderd").</summary>
    private static (int? Value, int Consumed) ParseWords(List<Token> tokens, int start)
    {
        if (!DutchNumberParser.IsNumberPiece(tokens[start].Norm))
        {
            return (null, 0);
        }

        var pieces = new List<string> { tokens[start].Norm };
        var ends = new List<int> { start + 1 };
        var j = start + 1;
        while (j < tokens.Count && pieces.Count < 6)
        {
            if (tokens[j].IsWord && tokens[j].Norm != "een" && DutchNumberParser.IsNumberPiece(tokens[j].Norm))
            {
                pieces.Add(tokens[j].Norm);
                ends.Add(j + 1);
                j++;
            }
            else if (tokens[j].Norm == "en" && j + 1 < tokens.Count && DutchNumberParser.IsNumberPiece(tokens[j + 1].Norm))
            {
                pieces.Add("en" + tokens[j + 1].Norm);
                ends.Add(j + 2);
                j += 2;
            }
            else
            {
                break;
            }
        }

        for (var count = pieces.Count; count >= 1; count--)
        {
            if (DutchNumberParser.Parse(string.Concat(pieces.Take(count))) is { } value)
            {
                return (value, ends[count - 1] - start);
            }
        }

        return (null, 0);
    }

    internal readonly record struct NumberCandidate(int Value, bool IsArticle, bool AfterRangeWord);
}
