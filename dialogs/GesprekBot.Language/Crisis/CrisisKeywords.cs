namespace GesprekBot.Language.Crisis;

/// <summary>
/// Words that are a signal on their own ("zelfmoord", "automutilatie", "verkracht"), also with a
/// suffix ("zelfmoordgedachten"), split in two ("zelf moord") or with as many typos as the word
/// allows: long words two ("zelfmort"), words that sit close to ordinary ones none ("aangerand" is
/// one letter from "aangeland", "verkracht" two from "verkocht").
/// </summary>
internal static class CrisisKeywords
{
    private sealed record Keyword(string Stem, CrisisKind Kind, int Typos, bool Danger = false);

    private static readonly Keyword[] All =
    [
        new("zelfmoord", CrisisKind.Suicide, 2),
        new("zelfdoding", CrisisKind.Suicide, 1),
        new("suicide", CrisisKind.Suicide, 1),
        new("suicidaal", CrisisKind.Suicide, 1),
        new("suicidal", CrisisKind.Suicide, 1),
        new("afscheidsbrief", CrisisKind.Suicide, 2, Danger: true),
        new("levensmoe", CrisisKind.Suicide, 1),
        new("doodswens", CrisisKind.Suicide, 1),
        new("doodsverlangen", CrisisKind.Suicide, 2),
        new("overdosis", CrisisKind.Suicide, 1, Danger: true),
        new("overdose", CrisisKind.Suicide, 1, Danger: true),
        new("automutilatie", CrisisKind.SelfHarm, 2),
        new("zelfverwonding", CrisisKind.SelfHarm, 2),
        new("zelfbeschadiging", CrisisKind.SelfHarm, 2),
        new("zelfverminking", CrisisKind.SelfHarm, 2),
        new("selfharm", CrisisKind.SelfHarm, 1),
        new("mishandel", CrisisKind.Violence, 1),
        new("partnergeweld", CrisisKind.Violence, 1),
        new("huiselijkgeweld", CrisisKind.Violence, 1),
        new("gewelddadig", CrisisKind.Violence, 0),
        new("verkracht", CrisisKind.Abuse, 1),
        new("verkrachting", CrisisKind.Abuse, 1),
        new("verkragt", CrisisKind.Abuse, 0),
        new("aanranding", CrisisKind.Abuse, 1),
        new("aangerand", CrisisKind.Abuse, 0),
        new("ontucht", CrisisKind.Abuse, 0),
        new("incest", CrisisKind.Abuse, 0),
        new("betast", CrisisKind.Abuse, 0),
        new("molest", CrisisKind.Abuse, 0),
        new("misbruikt", CrisisKind.Abuse, 1),
    ];

    /// <summary>A farewell letter for someone else's departure ("voor onze collega die op pensioen gaat") is a card, not a goodbye to life.</summary>
    internal static readonly HashSet<string> Departure = ["pensioen", "collega", "collegas", "juf", "meester", "afscheidsfeest", "receptie", "verhuist", "vertrekt", "retirement", "colleague"];

    private static readonly HashSet<string> Exact = ["geweld", "rape", "raped", "raping", "misbruik", "abuse", "abused", "abuses", "abusing", "abusive"];

    /// <summary>"alcoholmisbruik" is one word; "misbruik van alcohol", "drug abuse", "misbruik maken van" are no abuse of the client.</summary>
    private static readonly HashSet<string> Substances = ["alcohol", "drugs", "drug", "drank", "middelen", "substance", "vertrouwen", "maken", "maakt", "maak", "gemaakt", "maakte"];

    public static void Apply(CrisisScan s, Clause c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            var word = s[i];
            if (Exact.Contains(word))
            {
                AddExact(s, c, i, word);
                continue;
            }

            if (Find(word, joined: false) is { } keyword)
            {
                if (HelplineContext.IsOrganisation(s, c, i, keyword.Kind) || (keyword.Stem == "afscheidsbrief" && s.HasNear(Departure, c)))
                {
                    continue;
                }

                if (keyword.Kind != CrisisKind.Abuse || !s.Has(Substances, c))
                {
                    s.Add(keyword.Kind, c, i, i, danger: keyword.Danger);
                }
            }
            else if (i + 1 < c.End && IsFirstHalf(word) && Find(word + s[i + 1], joined: true) is { } joined)
            {
                s.Add(joined.Kind, c, i, i + 1, danger: joined.Danger);
            }
        }
    }

    private static void AddExact(CrisisScan s, Clause c, int i, string word)
    {
        if (word == "geweld")
        {
            s.Add(CrisisKind.Violence, c, i, i);
        }
        else if (!s.Is(i - 1, Substances) && !s.Is(i + 1, Substances) && !(s.Is(i + 1, "van") && word == "misbruik"))
        {
            s.Add(CrisisKind.Abuse, c, i, i);
        }
    }

    private static bool IsFirstHalf(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        foreach (var keyword in All)
        {
            if (keyword.Stem.Length > word.Length && keyword.Stem.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ordinary words one typo from a keyword: "veerkracht" (resilience) is not "verkracht".</summary>
    private static readonly string[] Ordinary = ["veerkracht"];

    private static Keyword? Find(string word, bool joined)
    {
        if (word.Length < 6 || Ordinary.Any(o => word.StartsWith(o, StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (var keyword in All)
        {
            var stem = keyword.Stem;
            if (joined ? word == stem : word.StartsWith(stem, StringComparison.Ordinal))
            {
                return keyword;
            }

            // Two words glued back together ("zelf moord") get one typo at most: more would glue ordinary words into a signal.
            // A typo seldom hits both of the first two letters; checking that first keeps the scan cheap.
            var typos = joined ? Math.Min(1, keyword.Typos) : keyword.Typos;
            if (typos == 0 || (word[0] != stem[0] && word[1] != stem[1]))
            {
                continue;
            }

            if (!joined && word.Length > stem.Length + typos)
            {
                // A suffix after a misspelt stem ("zelfmoortgedachten"): one typo in the stem-long start.
                if (stem.Length >= 8 && EditDistance.Compute(word.AsSpan(0, stem.Length), stem, 1) <= 1)
                {
                    return keyword;
                }
            }
            else if (EditDistance.Compute(word, stem, typos) <= typos)
            {
                return keyword;
            }
        }

        return null;
    }
}
