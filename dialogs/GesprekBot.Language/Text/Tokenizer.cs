using System.Text;

namespace GesprekBot.Language.Text;

/// <summary>
/// Hand-written tokenizer: words (letters and digits; an apostrophe or hyphen inside a word
/// joins, so "m'n" → "mn", "mama's" → "mamas", "ex-man" → "exman"), list separators and
/// sentence breaks. Emoji, symbols and control characters are dropped. Linear, no regex.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Longest input considered; longer text is cut (a chat turn is never that long).</summary>
    internal const int MaxLength = 4000;

    public static List<Token> Tokenize(string? text)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var length = Math.Min(text.Length, MaxLength);
        var word = new StringBuilder(32);
        var start = -1;
        var i = 0;
        while (i < length)
        {
            var c = text[i];
            var folded = TextNormalizer.Fold(c);
            if (folded != '\0')
            {
                if (start < 0)
                {
                    start = i;
                }

                word.Append(folded);
                i++;
                continue;
            }

            if (start >= 0 && IsJoiner(c) && i + 1 < length && TextNormalizer.Fold(text[i + 1]) != '\0')
            {
                i++;
                continue;
            }

            Flush(text, tokens, word, ref start, i);
            var separator = SeparatorKind(c);
            if (separator is { } kind && (tokens.Count == 0 || tokens[^1].Kind != kind))
            {
                tokens.Add(new Token(kind, c.ToString(), i, 1, false));
            }

            i++;
        }

        Flush(text, tokens, word, ref start, length);
        return tokens;
    }

    private static void Flush(string text, List<Token> tokens, StringBuilder word, ref int start, int end)
    {
        if (start < 0)
        {
            return;
        }

        tokens.Add(new Token(TokenKind.Word, word.ToString(), start, end - start, TextNormalizer.IsUpper(text[start])));
        word.Clear();
        start = -1;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';

    private static TokenKind? SeparatorKind(char c) => c switch
    {
        ',' or '&' or '+' or '/' or '(' or ')' or ':' => TokenKind.ListSeparator,
        '.' or ';' or '!' or '?' or '\n' or '\r' or '\u2026' => TokenKind.SentenceBreak,
        _ => null,
    };
}
