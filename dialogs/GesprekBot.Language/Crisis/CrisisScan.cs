using GesprekBot.Language.Members.Lexicon;
using GesprekBot.Language.Text;

namespace GesprekBot.Language.Crisis;

/// <summary>A run of words between commas, sentence breaks and "maar"/"want": the unit a rule looks inside.</summary>
internal readonly record struct Clause(int Start, int End);

/// <summary>What a rule found: a kind and where its words stand in the original text.</summary>
internal readonly record struct CrisisHit(CrisisKind Kind, int Start, int End, bool Unsure, bool Danger);

/// <summary>
/// One piece of a message, as word tokens cut into clauses, and what the rules found in it. The
/// rules ask about the shape of a clause (who acts, on whom, with which verb), never for a whole sentence.
/// </summary>
internal sealed class CrisisScan(int offset, List<Token> words, List<CrisisHit> hits)
{
    private sbyte[]? person;

    public int Count => words.Count;

    /// <summary>The clauses of the piece (set by the recognizer), for rules that judge a hit by the clause it stands in.</summary>
    public IReadOnlyList<Clause> Clauses { get; init; } = [];

    /// <summary>The clause holding word <paramref name="i"/>, or the whole piece when none was set.</summary>
    public Clause ClauseOf(int i)
    {
        foreach (var c in Clauses)
        {
            if (i >= c.Start && i < c.End)
            {
                return c;
            }
        }

        return new Clause(0, words.Count);
    }

    /// <summary>The first and last word a hit spans.</summary>
    public (int First, int Last) WordsOf(CrisisHit hit)
    {
        int first = -1, last = -1;
        for (var i = 0; i < words.Count; i++)
        {
            var start = offset + words[i].Start;
            if (start >= hit.Start && start + words[i].Length <= hit.End)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? (0, words.Count - 1) : (first, last);
    }

    public string this[int i] => words[i].Norm;

    public bool Is(int i, HashSet<string> set) => i >= 0 && i < words.Count && set.Contains(words[i].Norm);

    public bool Is(int i, string word) => i >= 0 && i < words.Count && words[i].Norm == word;

    /// <summary>First index in [from, to) whose word is in the set, or -1.</summary>
    public int Find(HashSet<string> set, int from, int to)
    {
        for (var i = Math.Max(from, 0); i < Math.Min(to, words.Count); i++)
        {
            if (set.Contains(words[i].Norm))
            {
                return i;
            }
        }

        return -1;
    }

    public int Find(string word, int from, int to)
    {
        for (var i = Math.Max(from, 0); i < Math.Min(to, words.Count); i++)
        {
            if (words[i].Norm == word)
            {
                return i;
            }
        }

        return -1;
    }

    public bool Has(HashSet<string> set, Clause c) => Find(set, c.Start, c.End) >= 0;

    /// <summary>The set occurs in the clause or within a few words around it ("ik heb me gesneden, per ongeluk").</summary>
    public bool HasNear(HashSet<string> set, Clause c, int around = 6) => Find(set, c.Start - around, c.End + around) >= 0;

    /// <summary>The client speaks about themself: "ik", "'k", "I", or a wish ("wil", "want") they voice.</summary>
    public bool SpeaksOfSelf(Clause c) => Has(CrisisWords.FirstPerson, c) || Has(CrisisWords.Wish, c);

    /// <summary>Someone other than the client is named in the clause: a pronoun or a person word ("mijn ma", "de vriend van mama").</summary>
    public int FindOtherPerson(Clause c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            if (IsActor(i, c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A person, or "die" opening a clause ("mijn pa, die slaat mij"); "die vraag" is no one.</summary>
    public bool IsActor(int i, Clause c) => IsOtherPerson(i) || (i == c.Start && Is(i, "die"));

    public bool IsOtherPerson(int i)
    {
        // The rules ask about the same words again and again; the member lexicon is asked once per word.
        person ??= new sbyte[words.Count];
        if (person[i] == 0)
        {
            person[i] = LooksLikePerson(i) ? (sbyte)1 : (sbyte)-1;
        }

        return person[i] > 0;
    }

    private bool LooksLikePerson(int i)
    {
        var word = words[i].Norm;
        if (CrisisWords.OtherPronouns.Contains(word))
        {
            return true;
        }

        if (word.Length < 2 || CrisisWords.NotAPerson.Contains(word) || FunctionWords.Articles.Contains(word) || FunctionWords.Possessives.Contains(word)
            || RoleLexicon.Match(words, i, allowFuzzy: false) is not { } match)
        {
            return false;
        }

        return match.Entry.Kind is MemberKind.Person or MemberKind.Group
            && (match.Entry.Requires != Requirement.Possessive || Is(i - 1, FunctionWords.Possessives));
    }

    /// <summary>Someone close, the people a client fears at home: a pronoun, family, a partner, friends, neighbours; not "de dokter".</summary>
    public bool IsClosePerson(int i)
    {
        if (CrisisWords.OtherPronouns.Contains(words[i].Norm))
        {
            return true;
        }

        return IsOtherPerson(i) && RoleLexicon.Match(words, i, allowFuzzy: false) is { } match
            && match.Entry.Domain is LifeDomain.Family or LifeDomain.Friends or LifeDomain.Neighbourhood;
    }

    /// <summary>
    /// "me"/"mij"/"ons" near a verb, or a person of the client's after it ("hij slaat mijn ma"), not
    /// after a preposition ("voor mij", "met mijn ma"). A person before the verb is its subject.
    /// </summary>
    public int FindVictim(int verb, Clause c, int before = 4, int after = 4)
    {
        var to = Math.Min(c.End, verb + after + 1);
        for (var i = Math.Max(c.Start, verb - before); i < to; i++)
        {
            // "ons ma", "ons pa": Flemish "ons" before a person is "our", not the object.
            if (i != verb && Is(i, CrisisWords.Victim) && !Is(i - 1, CrisisWords.Prepositions) && !(Is(i, "ons") && i + 1 < words.Count && IsOtherPerson(i + 1)))
            {
                return i;
            }
        }

        for (var i = verb + 2; i < to; i++)
        {
            if (Is(i - 1, CrisisWords.MyWords) && !Is(i - 2, CrisisWords.Prepositions) && IsOtherPerson(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when every word in [from, to) only adds weight ("echt", "gewoon", "voor mij"): the clause says no more than that.</summary>
    public bool OnlyFiller(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!Is(i, CrisisWords.Filler))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A subordinate clause about someone else sits in [from, to): "ik wil niet dat mijn hond doodgaat".</summary>
    public bool OtherSubject(int from, int to)
    {
        for (var i = Math.Max(from, 0); i < to; i++)
        {
            if (Is(i, CrisisWords.Subordinate) && i + 1 < words.Count && (IsOtherPerson(i + 1) || Is(i + 1, CrisisWords.MyWords)))
            {
                return true;
            }
        }

        return false;
    }

    public int LastBefore(HashSet<string> set, int before, int from)
    {
        for (var i = before - 1; i >= Math.Max(from, 0); i--)
        {
            if (Is(i, set))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when the word at <paramref name="i"/> stands after an article, so it is a noun ("de trap", "een klop").</summary>
    public bool AfterArticle(int i) => Is(i - 1, FunctionWords.Articles) && !Is(i - 1, "die") && !Is(i - 1, "dat");

    /// <summary>Records a hit spanning the words first to last; a suicide signal with "nu"/"vannacht" is immediate.</summary>
    public void Add(CrisisKind kind, Clause c, int first, int last, bool unsure = false, bool danger = false)
    {
        (first, last) = (Math.Min(first, last), Math.Max(first, last));
        danger |= kind == CrisisKind.Suicide && Has(CrisisWords.Now, c);
        hits.Add(new CrisisHit(kind, offset + words[first].Start, offset + words[last].Start + words[last].Length, unsure, danger));
    }
}
