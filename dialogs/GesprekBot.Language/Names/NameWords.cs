using GesprekBot.Language.Members;
using GesprekBot.Language.Members.Lexicon;
using GesprekBot.Language.Text;
using GesprekBot.Language.YesNo;

namespace GesprekBot.Language.Names;

/// <summary>Which words of a reply can be (part of) a name, which might be a nickname, and which never are.</summary>
internal static class NameWords
{
    private static readonly HashSet<string> FrameWords = NameLexicon.Frames.SelectMany(f => f.Words).ToHashSet(StringComparer.Ordinal);

    /// <summary>A word that can be part of a name: a known first name, or a word that is no known word at all.</summary>
    public static bool IsName(Token token) =>
        IsShaped(token) && (FirstNames.All.Contains(token.Norm) || !IsKnown(token.Norm));

    /// <summary>
    /// An ordinary word that could still be a nickname ("Test", "Schat", "Lief" written with a capital):
    /// a name made of it is checked back. Function words, yes/no words and states never are.
    /// </summary>
    public static bool IsOrdinary(Token token)
    {
        var word = token.Norm;
        if (!IsShaped(token) || word.Length < 3 || IsFunction(word))
        {
            return false;
        }

        return RoleLexicon.Entries.ContainsKey(word) || NameLexicon.OrdinaryWords.Contains(word)
            || (token.Capitalised && CommonWords.All.Contains(word));
    }

    /// <summary>A particle inside a name, before the next part ("De" in "Sven De Smet", "van den" in "Van den Bossche").</summary>
    public static bool IsParticleBefore(List<Token> tokens, int at)
    {
        var next = at;
        while (next < tokens.Count && tokens[next].IsWord && NameLexicon.Particles.Contains(tokens[next].Norm))
        {
            next++;
        }

        return next > at && next < tokens.Count && IsName(tokens[next]);
    }

    /// <summary>"gestresseerd", "depressief"-like words after "ik ben" are states, not names.</summary>
    public static bool LooksLikeState(string word) =>
        NameLexicon.States.Contains(word)
        || word.EndsWith("ig", StringComparison.Ordinal) || word.EndsWith("isch", StringComparison.Ordinal)
        || word.EndsWith("loos", StringComparison.Ordinal) || word.EndsWith("baar", StringComparison.Ordinal)
        || word.EndsWith("lijk", StringComparison.Ordinal)
        || (word.Length >= 6 && word.StartsWith("ge", StringComparison.Ordinal) && word[^1] is 'd' or 't');

    private static bool IsShaped(Token token) =>
        token.IsWord && !token.IsDigits && token.Norm.Length is >= 2 and <= 30;

    private static bool IsKnown(string word) =>
        NameDetector.IsKnownWord(word) || IsFunction(word) || NameLexicon.OrdinaryWords.Contains(word) || NameLexicon.States.Contains(word);

    private static bool IsFunction(string word) =>
        FrameWords.Contains(word) || NameLexicon.EnglishFunction.Contains(word) || NameLexicon.Fillers.Contains(word)
        || NameLexicon.QuestionStarts.Contains(word) || NameLexicon.Closers.Contains(word) || NameLexicon.AfterFrame.Contains(word)
        || NameLexicon.States.Contains(word) || YesNoLexicon.Words.ContainsKey(word)
        || FunctionWords.Possessives.Contains(word) || FunctionWords.Articles.Contains(word) || FunctionWords.ListWords.Contains(word)
        || FunctionWords.Qualifiers.Contains(word) || FunctionWords.Negating.Contains(word);
}
