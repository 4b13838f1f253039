namespace GesprekBot.Language.Numbers;

/// <summary>Parses one Dutch number word, compounds included: "eenentwintig", "tweehonderdvijftig", "elfhonderd".</summary>
internal static class DutchNumberParser
{
    public static int? Parse(string word)
    {
        if (word.Length == 0 || word.Length > 60)
        {
            return null;
        }

        var thousand = word.IndexOf(NumberWords.Thousand, StringComparison.Ordinal);
        if (thousand < 0)
        {
            return BelowThousand(word);
        }

        var left = word[..thousand];
        var right = StripEn(word[(thousand + NumberWords.Thousand.Length)..]);
        int? multiplier = left.Length == 0 ? 1 : BelowThousand(left);
        int? rest = right.Length == 0 ? 0 : BelowThousand(right);
        return multiplier is { } m && rest is { } r ? (m * 1000) + r : null;
    }

    private static int? BelowThousand(string word)
    {
        var hundred = word.IndexOf(NumberWords.Hundred, StringComparison.Ordinal);
        if (hundred < 0)
        {
            return BelowHundred(word);
        }

        var left = word[..hundred];
        var right = StripEn(word[(hundred + NumberWords.Hundred.Length)..]);
        int? multiplier = left.Length == 0 ? 1 : BelowHundred(left);
        int? rest = right.Length == 0 ? 0 : BelowHundred(right);
        return multiplier is { } m && m < 100 && rest is { } r ? (m * 100) + r : null;
    }

    private static int? BelowHundred(string word)
    {
        if (NumberWords.Units.TryGetValue(word, out var unit))
        {
            return unit;
        }

        if (NumberWords.Tens.TryGetValue(word, out var tens))
        {
            return tens;
        }

        // School marks as diminutives: "een zesje", "een tientje".
        if (word.EndsWith("je", StringComparison.Ordinal) && word.Length > 4
            && (NumberWords.Units.TryGetValue(word[..^2], out var mark) || NumberWords.Units.TryGetValue(word[..^3], out mark)))
        {
            return mark;
        }

        foreach (var (tensWord, tensValue) in NumberWords.Tens)
        {
            if (word.Length > tensWord.Length + 2 && word.EndsWith(tensWord, StringComparison.Ordinal))
            {
                var head = word[..^tensWord.Length];
                if (head.EndsWith("en", StringComparison.Ordinal)
                    && NumberWords.CompoundUnits.TryGetValue(head[..^2], out var compoundUnit))
                {
                    return compoundUnit + tensValue;
                }
            }
        }

        return null;
    }

    private static string StripEn(string rest) =>
        rest.StartsWith("en", StringComparison.Ordinal) && rest.Length > 2 ? rest[2..] : rest;

    /// <summary>True when the word can be part of a number spelled in several words ("vijf en veertig").</summary>
    public static bool IsNumberPiece(string word) =>
        word == NumberWords.Hundred || word == NumberWords.Thousand || Parse(word) is not null;
}
