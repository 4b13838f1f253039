using GesprekBot.Language.Members.Lexicon;
using GesprekBot.Language.Text;

namespace GesprekBot.Language.Members;

/// <summary>
/// One left-to-right pass over the tokens: [article/possessive] [adjectives] role [names]
/// [van/bij/in … qualifier], or a name on its own. Negated members ("geen broers of zussen")
/// are skipped up to the next boundary.
/// </summary>
internal sealed partial class MentionScanner(string text, List<Token> tokens)
{
    private readonly string text = text;
    private readonly List<Token> tokens = tokens;
    private readonly List<Mention> mentions = [];
    private readonly (LexiconEntry Entry, int Length)?[] matches = new (LexiconEntry, int)?[tokens.Count];
    private readonly bool[] matched = new bool[tokens.Count];
    private readonly bool english = SentenceLanguage.IsEnglish(tokens);
    private bool listPossessive;
    private bool negated;

    public List<Mention> Scan()
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                negated = false;
                listPossessive &= token.Kind == TokenKind.ListSeparator;
                i++;
                continue;
            }

            if (FunctionWords.ClauseBreaks.Contains(token.Norm))
            {
                negated = false;
            }

            if (FunctionWords.Negating.Contains(token.Norm) && !(i + 1 < tokens.Count && tokens[i + 1].Norm is "contact" or "kontakt"))
            {
                negated = true;
                i++;
                continue;
            }

            i = ScanAt(i);
        }

        JoinAppositions();
        return mentions;
    }

    /// <summary>"my brother's wife": in English, a word with 's says whose (in Dutch "mama's" is a plural).</summary>
    private bool EnglishGenitive(int at)
    {
        var token = tokens[at];
        var end = token.Start + token.Length;
        return english && token.Length > 2 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '\u2019';
    }

    /// <summary>An article, or in an English answer also "a"/"an" ("an appointment" names no An).</summary>
    private bool IsArticle(string word) =>
        FunctionWords.Articles.Contains(word) || (english && FunctionWords.EnglishOnlyArticles.Contains(word));

    private int ScanAt(int start)
    {
        var (j, possessive, determiner, family) = ReadPrefix(start);
        var labelStart = j > start ? LastPrefixStart(start, j) : start;
        if (j == start && listPossessive && start > 0 && (FunctionWords.ListWords.Contains(tokens[start - 1].Norm) || !tokens[start - 1].IsWord))
        {
            possessive = true;
        }

        if (j >= tokens.Count || !tokens[j].IsWord)
        {
            return Math.Max(j, start + 1);
        }

        // A capital inside a sentence, or a word after "in"/"naar", is a name or a town, not a typo of a role.
        var allowFuzzy = !(tokens[j].Capitalised && j > 0 && tokens[j - 1].IsWord)
            && !(j > 0 && FunctionWords.PlacePrepositions.Contains(tokens[j - 1].Norm));
        if ((allowFuzzy ? Match(j) : RoleLexicon.Match(tokens, j, allowFuzzy: false)) is { } match)
        {
            return EmitRole(labelStart, j, match.Entry, match.Length, possessive, determiner);
        }

        if (NameDetector.IsName(tokens, j, afterRole: false))
        {
            return EmitName(labelStart, j, family);
        }

        return Math.Max(j, start + 1);
    }

    private (int Next, bool Possessive, bool Determiner, bool Family) ReadPrefix(int start)
    {
        var (j, possessive, determiner, family) = (start, false, false, false);
        while (j < tokens.Count && tokens[j].IsWord)
        {
            var word = tokens[j].Norm;
            var rest = j + 1 < tokens.Count && tokens[j + 1].IsWord;
            if ((FunctionWords.Possessives.Contains(word) || EnglishGenitive(j)) && rest)
            {
                possessive = true;
                family |= word is "ons" or "onze";
            }
            else if ((IsArticle(word) || FunctionWords.Titles.Contains(word)) && rest)
            {
                determiner = true;
            }
            else if ((FunctionWords.Adjectives.Contains(word) || tokens[j].IsDigits) && rest && StartsRole(j + 1))
            {
                determiner = true;
            }
            else
            {
                break;
            }

            j++;
        }

        return (j, possessive, determiner, family);
    }

    private bool StartsRole(int at)
    {
        for (var k = at; k < tokens.Count && k < at + 4; k++)
        {
            if (Match(k) is not null)
            {
                return true;
            }

            if (!FunctionWords.Adjectives.Contains(tokens[k].Norm) && !tokens[k].IsDigits)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"dat zijn mijn vrienden": the label starts at the last run of possessives/articles.</summary>
    private int LastPrefixStart(int start, int roleAt)
    {
        var labelStart = start;
        for (var k = start + 1; k < roleAt; k++)
        {
            var previous = tokens[k - 1].Norm;
            var word = tokens[k].Norm;
            if (FunctionWords.Possessives.Contains(word) && (FunctionWords.Possessives.Contains(previous) || IsArticle(previous)))
            {
                labelStart = k;
            }
        }

        return labelStart;
    }

    private int EmitRole(int labelStart, int roleAt, LexiconEntry entry, int length, bool possessive, bool determiner)
    {
        var end = roleAt + length;

        // "ik zoek een kot", "een eigen studio": a place with "een" is one being looked for, not one the client has;
        // "sinds de middelbare school" is a time.
        if (entry.Kind == MemberKind.Place && (Indefinite(labelStart, roleAt) || (labelStart > 0 && FunctionWords.TimePrepositions.Contains(tokens[labelStart - 1].Norm))))
        {
            return end;
        }

        if (!Satisfied(entry.Requires, possessive, determiner, labelStart))
        {
            if (entry.Kind is MemberKind.Place || (entry.Kind is MemberKind.Group && !entry.Plural))
            {
                return end;
            }

            entry = new LexiconEntry(null, entry.Plural ? MemberKind.Group : MemberKind.Person, LifeDomain.Unknown, entry.Plural);
        }

        var names = ReadNames(ref end, entry.Plural || entry.Kind == MemberKind.Group);
        var qualifier = ReadQualifier(ref end);
        if (entry.IsGeneric)
        {
            if (qualifier is null && names.Count == 0)
            {
                return end;
            }

            entry = qualifier is { } q
                ? new LexiconEntry(entry.Kind == MemberKind.Person ? q.PersonRole ?? q.Role : q.Role,
                    entry.Kind == MemberKind.Person || q.Kind == MemberKind.Person ? (entry.Plural ? MemberKind.Group : MemberKind.Person) : MemberKind.Group,
                    q.Domain, entry.Plural)
                : entry;
        }

        listPossessive = possessive || listPossessive;
        if (negated)
        {
            return end;
        }

        if (names.Count == 0)
        {
            Add(labelStart, end, null, entry.Role, entry.Kind, entry.Domain);
        }
        else
        {
            var kind = entry.Kind == MemberKind.Animal ? MemberKind.Animal : MemberKind.Person;
            foreach (var (first, last) in names)
            {
                var from = names.Count == 1 ? labelStart : first;
                Add(from, names.Count == 1 ? end : last + 1, NameDetector.Format(text, tokens[first], tokens[last]), entry.Role, kind, entry.Domain);
            }
        }

        return end;
    }

    private bool Satisfied(Requirement requires, bool possessive, bool determiner, int labelStart) => requires switch
    {
        Requirement.Possessive => possessive,
        Requirement.Determiner => possessive || determiner
            || (labelStart > 0 && tokens[labelStart - 1].Norm is "naar" or "met" or "op" or "bij" or "van"),
        _ => true,
    };

    private int EmitName(int labelStart, int at, bool family)
    {
        var end = at + 1;
        if (NameDetector.IsSurname(tokens, end) && tokens[at].Capitalised)
        {
            end++;
        }

        var last = end - 1;

        // "Jef mijn gebuur", "Tom is mijn neef": a name followed by its role, without a comma, is one member.
        var copula = end < tokens.Count && tokens[end].Norm == "is" ? 1 : 0;
        if (end + copula + 1 < tokens.Count && FunctionWords.Possessives.Contains(tokens[end + copula].Norm)
            && Match(end + copula + 1) is { } apposition
            && apposition.Entry.Kind is MemberKind.Person or MemberKind.Animal && !apposition.Entry.Plural
            && apposition.Entry.Requires != Requirement.Determiner)
        {
            end += copula + 1 + apposition.Length;
            if (!negated)
            {
                Add(labelStart, end, NameDetector.Format(text, tokens[at], tokens[last]), apposition.Entry.Role, apposition.Entry.Kind, apposition.Entry.Domain);
            }

            return end;
        }

        var qualifier = ReadQualifier(ref end);
        if (!negated)
        {
            // "Mevrouw Peeters van het CAW" is someone of the CAW: a begeleider.
            var domain = family ? LifeDomain.Family : qualifier?.Domain ?? LifeDomain.Unknown;
            Add(labelStart, end, NameDetector.Format(text, tokens[at], tokens[last]), qualifier?.PersonRole, MemberKind.Person, domain);
        }

        return end;
    }

    private bool Indefinite(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Norm is "een" or "ne" or "nen" || (english && tokens[k].Norm is "a" or "an" or "some"))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(int from, int to, string? name, string? role, MemberKind kind, LifeDomain domain) =>
        mentions.Add(Make(from, to, name, role, kind, domain));

    private Mention Make(int from, int to, string? name, string? role, MemberKind kind, LifeDomain domain)
    {
        var first = tokens[from];
        var last = tokens[to - 1];
        var label = text.Substring(first.Start, last.Start + last.Length - first.Start);
        return new Mention(from, to, new RecognizedMember(label, name, role, kind, domain));
    }
}
