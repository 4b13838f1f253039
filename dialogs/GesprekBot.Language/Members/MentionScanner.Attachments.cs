using GesprekBot.Language.Members.Lexicon;
using GesprekBot.Language.Text;

namespace GesprekBot.Language.Members;

/// <summary>What follows a role: names, and a qualifier that says where the member belongs.</summary>
internal sealed partial class MentionScanner
{
    /// <summary>Names after a role: one ("mijn broer Tom Peeters"), or a list after a plural ("mijn dochters Emma en Lotte").</summary>
    private List<(int First, int Last)> ReadNames(ref int end, bool many)
    {
        var names = new List<(int, int)>();
        var k = end;

        // "mijn drie kinderen: Noah, Lina en Finn", "2 vrienden, Wout en Bram": names after a plural.
        if (many && k + 1 < tokens.Count && tokens[k].Kind == TokenKind.ListSeparator && NameDetector.IsName(tokens, k + 1, afterRole: true))
        {
            k++;
        }

        while (true)
        {
            // "mijn klasleerkracht meneer Janssens", "de huisarts dokter Peeters": a title, or a role word used as one.
            if (k + 1 < tokens.Count && (FunctionWords.Titles.Contains(tokens[k].Norm) || IsRoleTitle(k)))
            {
                k++;
            }

            if (!NameDetector.IsName(tokens, k, afterRole: true))
            {
                break;
            }

            var last = k;
            if (NameDetector.IsSurname(tokens, k + 1) && tokens[k].Capitalised)
            {
                last++;
            }

            names.Add((k, last));
            end = last + 1;
            if (!many || end + 1 >= tokens.Count || !(tokens[end].Norm is "en" or "," or "&"))
            {
                break;
            }

            k = end + 1;
        }

        return names;
    }

    /// <summary>"van het CAW", "in de leefgroep", "van mij": what the member belongs to.</summary>
    private LexiconEntry? ReadQualifier(ref int end)
    {
        if (end + 1 >= tokens.Count || !IsQualifier(tokens[end].Norm))
        {
            return null;
        }

        var k = end + 1;
        if (tokens[k].Norm is "mij" or "ons" or "me" or "hem" or "haar" && (k + 1 >= tokens.Count || Match(k + 1) is null))
        {
            end = k + 1;
            return null;
        }

        while (k < tokens.Count && (FunctionWords.Possessives.Contains(tokens[k].Norm) || IsArticle(tokens[k].Norm)))
        {
            k++;
        }

        // "de mama van Emma", "mijn begeleidster bij Oranje": the name says whose or where, it is not another member.
        if (k == end + 1 && NameDetector.IsName(tokens, k, afterRole: true))
        {
            end = k + 1;
            return null;
        }

        if (Match(k) is not { } match)
        {
            return null;
        }

        end = k + match.Length;
        return match.Entry;
    }

    private bool IsQualifier(string word) =>
        FunctionWords.Qualifiers.Contains(word) || (english && FunctionWords.EnglishOnlyQualifiers.Contains(word));

    /// <summary>A singular role word right before a name works as a title: "juf Ann", "dokter Peeters", "coach Dirk".</summary>
    private bool IsRoleTitle(int at) =>
        Match(at) is { Length: 1, Entry: { Kind: MemberKind.Person, Plural: false, IsGeneric: false } }
        && NameDetector.IsName(tokens, at + 1, afterRole: true);

    /// <summary>Lexicon match at a token, computed once per scan (prefix look-ahead asks for the same tokens again).</summary>
    private (LexiconEntry Entry, int Length)? Match(int at)
    {
        if (at >= tokens.Count)
        {
            return null;
        }

        if (!matched[at])
        {
            matches[at] = RoleLexicon.Match(tokens, at);
            matched[at] = true;
        }

        return matches[at];
    }
}
