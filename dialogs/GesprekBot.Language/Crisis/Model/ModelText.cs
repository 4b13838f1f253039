namespace GesprekBot.Language.Crisis.Model;

/// <summary>
/// The text the model reads: lower case, accents folded, punctuation gone, words between single
/// spaces with a space at each end (so n-grams see where a word starts and ends), a letter typed
/// three times or more kept twice ("meeeer" → "meer"), and Flemish glued forms split as the rules
/// split them ("kwil" → "ik wil"). Written into a caller's buffer: no allocation.
/// </summary>
internal static class ModelText
{
    /// <summary>The buffer <see cref="Normalize"/> needs for a text of this length.</summary>
    public static int Capacity(int length) => (2 * length) + 2;

    /// <summary>Writes the normalised form of <paramref name="text"/> into <paramref name="into"/>; returns its length (0 when no word).</summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        into[length++] = ' ';
        var wordStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var folded = TextNormalizer.Fold(text[i]);
            if (folded == '\0')
            {
                // An apostrophe or hyphen inside a word joins, as in the tokenizer: "m'n" → "mn".
                if (wordStart >= 0 && IsJoiner(text[i]) && i + 1 < text.Length && TextNormalizer.Fold(text[i + 1]) != '\0')
                {
                    continue;
                }

                if (wordStart >= 0)
                {
                    length = EndWord(into, wordStart, length);
                    wordStart = -1;
                }

                continue;
            }

            if (wordStart < 0)
            {
                wordStart = length;
            }
            else if (length - wordStart >= 2 && into[length - 1] == folded && into[length - 2] == folded)
            {
                continue;
            }

            into[length++] = folded;
        }

        if (wordStart >= 0)
        {
            length = EndWord(into, wordStart, length);
        }

        return length == 1 ? 0 : length;
    }

    private static int EndWord(Span<char> into, int start, int end)
    {
        if (GluedForms.IsGlued(into[start..end]))
        {
            // "kwil " → "ik wil ": move the verb two places on and write "ik " before it.
            into[(start + 1)..end].CopyTo(into[(start + 3)..]);
            into[start] = 'i';
            into[start + 1] = 'k';
            into[start + 2] = ' ';
            end += 2;
        }

        into[end] = ' ';
        return end + 1;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';
}
