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
            var next = i + 2 < mentions.Count ? mentions[i + 2] : null;
            var joined = SameRoleAdjacent(mentions[i], mentions[i + 1]) ?? Predicate(mentions[i], mentions[i + 1])
                ?? RoleThenName(mentions[i], mentions[i + 1], i == 0 || SentenceBetween(mentions[i - 1].End, mentions[i].Start), next)
                ?? NameThenRole(mentions[i], mentions[i + 1], next);
            if (joined is not null)
            {
                mentions[i] = joined;
                mentions.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>"mijn gamevrienden online": a word right after a member that says the same again is part of it.</summary>
    private Mention? SameRoleAdjacent(Mention first, Mention second) =>
        second.Start == first.End && second.Member.Name is null && first.Member.Role is not null && first.Member.Role == second.Member.Role
            ? Make(first.Start, second.End, first.Member.Name, first.Member.Role, first.Member.Kind, first.Member.Domain)
            : null;

    /// <summary>"mijn hond is mijn beste vriend", "Nonkel Rudi is mijn peter": the second is said about the first, not another member.</summary>
    private Mention? Predicate(Mention subject, Mention said)
    {
        if (said.Start != subject.End + 1 || tokens[subject.End].Norm is not ("is" or "was")
            || !FunctionWords.Possessives.Contains(tokens[said.Start].Norm) || said.Member is not { Name: null, Role: not null, Kind: MemberKind.Person }
            || subject.Member.Kind is not (MemberKind.Person or MemberKind.Animal) || (subject.Member.Role is null && subject.Member.Name is null))
        {
            return null;
        }

        var s = subject.Member;
        return s.Role is null
            ? Make(subject.Start, said.End, s.Name, said.Member.Role, MemberKind.Person, said.Member.Domain)
            : Make(subject.Start, said.End, s.Name, s.Role, s.Kind, s.Domain);
    }

    private bool SentenceBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.SentenceBreak)
            {
                return true;
            }
        }

        return false;
    }

    private Mention? RoleThenName(Mention role, Mention named, bool firstInSentence, Mention? next)
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

        // Without "da is" or a title, a described role takes the name ("een collega van de fabriek, Mehmet"), or a role and a
        // name that are all the sentence says ("mijn budgetbegeleider, Evi"); "mijn mama, Tom en Els" stays a list.
        var titled = named.Member.Role is not null || FunctionWords.Titles.Contains(tokens[named.Start].Norm);
        var described = filler > 0 || Indefinite(role.Start, role.End) || HasQualifier(role.Start, role.End);
        var alone = firstInSentence && (next is null || SentenceBetween(named.End, next.Start));
        if (!linked && !titled && !((described || alone) && EndsClause(named.End)))
        {
            return null;
        }

        var r = role.Member;
        return Make(role.Start, named.End, named.Member.Name, r.Role, r.Kind, r.Domain == LifeDomain.Unknown ? named.Member.Domain : r.Domain);
    }

    private Mention? NameThenRole(Mention named, Mention role, Mention? next)
    {
        if (named.Member is not { Name: not null, Kind: MemberKind.Person }
            || role.Member is not { Name: null, Role: not null, Kind: MemberKind.Person or MemberKind.Animal }
            || role.Start != named.End + 1 || tokens[named.End].Kind != TokenKind.ListSeparator)
        {
            return null;
        }

        // "Fatima, mijn buurvrouw"; after a name that has its role, only a description: "Tante Lut, de zus van mijn mama".
        var possessive = FunctionWords.Possessives.Contains(tokens[role.Start].Norm);
        var description = IsArticle(tokens[role.Start].Norm) && HasQualifier(role.Start, role.End);
        if (named.Member.Role is null ? !(possessive || description) : !description)
        {
            return null;
        }

        // "Els, mijn broer en mijn zus" is a list; "ons Anneke, mijn dochter" ends with the role.
        if (!EndsClause(role.End) && !(next is null && !FollowedByListWord(role.End)))
        {
            return null;
        }

        var r = named.Member.Role is null ? role.Member : named.Member;
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
