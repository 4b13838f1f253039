using GesprekBot.Language.Members.Lexicon;
using GesprekBot.Language.Text;

namespace GesprekBot.Language.Members;

/// <summary>
/// One person, one node: a role and the name given beside it are one member. After the role:
/// "mijn begeleider van het CAW, da is Ilse", "de juf van Emma, juf Ann", "een collega van de fabriek, Mehmet";
/// before it: "ons Anneke, mijn dochter", "Grace, my daughter". A bare list ("mijn mama, Tom en Els") stays a list.
/// </summary>
internal sealed partial class MentionScanner
{
    /// <summary>Words that tie a name to the role before it: "da is", "die heet", "she is called".</summary>
    private static readonly HashSet<string> NameLinkers = FunctionWords.Set(
        "da das dat is die diene heet heten noemt noemen genaamd ze zij hij hem haar called named name she he her his its");

    private const int MaxFillerWords = 5;

    private void JoinAppositions()
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var joined = RoleThenName(mentions[i], mentions[i + 1]) ?? NameThenRole(mentions[i], mentions[i + 1], i + 2 < mentions.Count ? mentions[i + 2] : null);
            if (joined is not null)
            {
                mentions[i] = joined;
                mentions.RemoveAt(i + 1);
            }
        }
    }

    private Mention? RoleThenName(Mention role, Mention named)
    {
        if (role.Member is not { Name: null, Role: not null, Kind: MemberKind.Person } || named.Member is not { Name: not null, Kind: MemberKind.Person })
        {
            return null;
        }

        // The name's own role may be a title ("juf Ann", "dokter Peeters"), not a possessive phrase ("mijn broer Tom").
        if (named.Member.Role is not null && (FunctionWords.Possessives.Contains(tokens[named.Start].Norm) || IsArticle(tokens[named.Start].Norm)))
        {
            return null;
        }

        var k = role.End;
        var filler = 0;
        while (k < named.Start && tokens[k].IsWord && !FunctionWords.ListWords.Contains(tokens[k].Norm)
            && !FunctionWords.ClauseBreaks.Contains(tokens[k].Norm) && filler < MaxFillerWords)
        {
            (k, filler) = (k + 1, filler + 1);
        }

        if (k >= named.Start || tokens[k].Kind != TokenKind.ListSeparator)
        {
            return null;
        }

        k++;
        var linked = false;
        // "my neighbour, an old lady called Maria": a generic description may stand before the linker.
        while (k < named.Start && tokens[k].IsWord && (NameLinkers.Contains(tokens[k].Norm) || IsArticle(tokens[k].Norm)
            || FunctionWords.Adjectives.Contains(tokens[k].Norm) || Match(k) is { Length: 1, Entry: { IsGeneric: true, Plural: false } }))
        {
            (k, linked) = (k + 1, true);
        }

        if (k != named.Start)
        {
            return null;
        }

        // Without "da is" or a title, only a described role takes the name: "een collega van de fabriek, Mehmet", not "mijn mama, Tom".
        var titled = named.Member.Role is not null;
        var described = filler > 0 || Indefinite(role.Start, role.End) || HasQualifier(role.Start, role.End);
        if (!linked && !titled && !(described && EndsClause(named.End)))
        {
            return null;
        }

        var r = role.Member;
        return Make(role.Start, named.End, named.Member.Name, r.Role, r.Kind, r.Domain == LifeDomain.Unknown ? named.Member.Domain : r.Domain);
    }

    private Mention? NameThenRole(Mention named, Mention role, Mention? next)
    {
        if (named.Member is not { Name: not null, Role: null, Kind: MemberKind.Person }
            || role.Member is not { Name: null, Role: not null, Kind: MemberKind.Person or MemberKind.Animal }
            || role.Start != named.End + 1 || tokens[named.End].Kind != TokenKind.ListSeparator
            || !FunctionWords.Possessives.Contains(tokens[role.Start].Norm))
        {
            return null;
        }

        // "Els, mijn broer en mijn zus" is a list; "ons Anneke, mijn dochter" ends with the role.
        if (!EndsClause(role.End) && !(next is null && !FollowedByListWord(role.End)))
        {
            return null;
        }

        var r = role.Member;
        return Make(named.Start, role.End, named.Member.Name, r.Role, r.Kind, r.Domain);
    }

    private bool HasQualifier(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (IsQualifier(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nothing but the end of the sentence or clause follows.</summary>
    private bool EndsClause(int at) =>
        at >= tokens.Count || tokens[at].Kind == TokenKind.SentenceBreak || FunctionWords.ClauseBreaks.Contains(tokens[at].Norm)
        || (tokens[at].Kind == TokenKind.ListSeparator && (at + 1 >= tokens.Count || !StartsMember(at + 1)));

    private bool FollowedByListWord(int at) =>
        at < tokens.Count && (FunctionWords.ListWords.Contains(tokens[at].Norm) || tokens[at].Kind == TokenKind.ListSeparator);

    private bool StartsMember(int at) => mentions.Exists(m => m.Start == at || (m.Start > at && m.Start <= at + 2));
}
