using System.Globalization;
using System.Text;

namespace GesprekBot.Language;

/// <summary>
/// Normalises free client text for matching: lower case, diacritics removed ("oké" → "oke",
/// "drieëntwintig" → "drieentwintig"), punctuation and emoji dropped, whitespace collapsed.
/// The original text is never changed; labels keep what the client wrote.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Returns the normalised form of <paramref name="text"/>; empty for null.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded == '\0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(folded);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Folds one character to its matching form: a lower-case ASCII letter or digit, or '\0'
    /// for anything that separates words (space, punctuation, emoji, control characters).
    /// </summary>
    internal static char Fold(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return c;
        }

        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + 32);
        }

        if (c < 128 || char.IsSurrogate(c))
        {
            return '\0';
        }

        return LatinFolding.TryGetValue(c, out var mapped) ? mapped : FoldOther(c);
    }

    private static char FoldOther(char c)
    {
        // Letters outside the Latin table (Arabic, Cyrillic, …) stay as letters so that a
        // name in another script is still one word; everything else separates words.
        return char.IsLetter(c) ? char.ToLowerInvariant(c) : '\0';
    }

    private static readonly Dictionary<char, char> LatinFolding = BuildLatinFolding();

    private static Dictionary<char, char> BuildLatinFolding()
    {
        var map = new Dictionary<char, char>();
        for (var c = (char)0xC0; c <= (char)0x24F; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var first = decomposed[0];
            if (first is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                map[c] = char.ToLowerInvariant(first);
            }
        }

        map['ß'] = 's';
        map['æ'] = 'a';
        map['Æ'] = 'a';
        map['ø'] = 'o';
        map['Ø'] = 'o';
        // Typographic apostrophes are word separators, like the ASCII one.
        map.Remove('\u2019');
        return map;
    }

    /// <summary>True when the character counts as upper case in the original text.</summary>
    internal static bool IsUpper(char c) => char.IsUpper(c) && char.GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter;
}
