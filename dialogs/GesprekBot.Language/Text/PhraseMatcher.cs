namespace GesprekBot.Language.Text;

/// <summary>Finds fixed word sequences (already normalised) in a token list.</summary>
internal static class PhraseMatcher
{
    public static bool ContainsAny(List<Token> tokens, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (IndexOf(tokens, phrase, 0) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Index of the first word token of <paramref name="phrase"/> from <paramref name="from"/>, or -1.</summary>
    public static int IndexOf(List<Token> tokens, string[] phrase, int from)
    {
        for (var i = from; i <= tokens.Count - phrase.Length; i++)
        {
            if (MatchesAt(tokens, phrase, i))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool MatchesAt(List<Token> tokens, string[] phrase, int at)
    {
        if (at + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[at + k].Norm != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
