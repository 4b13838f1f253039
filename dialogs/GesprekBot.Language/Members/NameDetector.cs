using GesprekBot.Language.Members.Lexicon;
using GesprekBot.Language.Numbers;
using GesprekBot.Language.Text;

namespace GesprekBot.Language.Members;

/// <summary>
/// Decides whether a word is a proper name. A known first name counts in any case; an unknown
/// capitalised word counts unless it is a frequent Dutch word; an unknown lower-case word counts
/// only right after a role ("mijn broer kobe") or alone in a list, where nothing else fits.
/// </summary>
internal static class NameDetector
{
    public static bool IsName(List<Token> tokens, int at, bool afterRole)
    {
        if (at >= tokens.Count || !IsNameShaped(tokens[at]))
        {
            return false;
        }

        var word = tokens[at].Norm;
        if (IsKnownWord(word))
        {
            return false;
        }

        // "mijn broer in Gent": a capital after "in", "naar" is a town.
        if (!afterRole && at > 0 && FunctionWords.PlacePrepositions.Contains(tokens[at - 1].Norm))
        {
            return false;
        }

        if (FirstNames.All.Contains(word) || tokens[at].Capitalised)
        {
            return true;
        }

        if (word.Length < 3)
        {
            return false;
        }

        var next = at + 1 < tokens.Count ? tokens[at + 1] : default;
        var endsHere = at + 1 >= tokens.Count || !next.IsWord || FunctionWords.ListWords.Contains(next.Norm);
        if (afterRole)
        {
            return endsHere;
        }

        var previous = at > 0 ? tokens[at - 1] : default;
        var startsHere = at == 0 || !previous.IsWord || FunctionWords.ListWords.Contains(previous.Norm);
        return startsHere && endsHere && (NamedNeighbour(tokens, at - 2) || NamedNeighbour(tokens, at + 2));
    }

    /// <summary>An unknown lower-case word is a name only in a list next to a recognisable name ("kevin, jordy").</summary>
    private static bool NamedNeighbour(List<Token> tokens, int at) =>
        at >= 0 && at < tokens.Count && IsNameShaped(tokens[at]) && !IsKnownWord(tokens[at].Norm)
        && (FirstNames.All.Contains(tokens[at].Norm) || tokens[at].Capitalised);

    /// <summary>A second capitalised word after a name is its surname ("Tom Peeters").</summary>
    public static bool IsSurname(List<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].Capitalised && IsNameShaped(tokens[at]) && !IsKnownWord(tokens[at].Norm)
        && !FirstNames.All.Contains(tokens[at].Norm);

    /// <summary>The name as written, with its first letter in upper case.</summary>
    public static string Format(string text, Token first, Token last)
    {
        var raw = text.Substring(first.Start, last.Start + last.Length - first.Start);
        return char.IsLower(raw[0]) ? char.ToUpperInvariant(raw[0]) + raw[1..] : raw;
    }

    private static bool IsNameShaped(Token token) =>
        token.IsWord && token.Norm.Length >= 2 && token.Norm.Length <= 30 && !token.IsDigits;

    internal static bool IsKnownWord(string word) =>
        CommonWords.All.Contains(word) || RoleLexicon.Entries.ContainsKey(word)
        || FunctionWords.Possessives.Contains(word) || FunctionWords.Articles.Contains(word)
        || FunctionWords.Adjectives.Contains(word) || FunctionWords.ListWords.Contains(word)
        || FunctionWords.Qualifiers.Contains(word) || FunctionWords.Negating.Contains(word)
        || FunctionWords.ClauseVerbs.Contains(word) || FunctionWords.Titles.Contains(word) || DutchNumberParser.IsNumberPiece(word);
}
