using static GesprekBot.Language.Crisis.CrisisWords;
using static GesprekBot.Language.Crisis.ConceptWindow;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// What a caseworker reads without a harm verb aimed at anyone: self-harm taken up again ("weer
/// gesneden", "terug begonnen" after weeks without krassen), blades hidden from carers, traces (blood on
/// the sheets, plasters nobody may see, long sleeves to hide), a cover story for an injury ("gezegd da
/// ik gevallen ben") and a child's age beside an adult who wants secrecy, a sleepover or to meet alone.
/// </summary>
internal static class TraceRules
{
    private static readonly HashSet<string> Relapse = Set("weer opnieuw terug again");
    private static readonly HashSet<string> Begin = Set("begonnen begin beginnen herbegonnen hervallen herval started start relapsed");
    private static readonly HashSet<string> HarmNoun = Set("krassen snijden kerven cutting scratching automutilatie");
    private static readonly HashSet<string> AfterVerb = Set("gisteren vannacht vanavond vandaag eergisteren yesterday tonight ma maar en want but and toen");
    private static readonly HashSet<string> Hidden = Set("verstopt verstop verstoppen verborgen verberg verbergen hidden hide hiding matras afgepakt");
    private static readonly HashSet<string> Blood = Set("bloed bloedvlekken blood");
    private static readonly HashSet<string> Bedding = Set("laken lakens beddengoed kussen kussensloop mouwen mouw sheets sheet sleeve sleeves");
    private static readonly HashSet<string> NotBlood = Set("neus bloedneus maandstonden regels menstruatie periode nose period");
    private static readonly HashSet<string> Sleeves = Set("mouwen sleeves");
    private static readonly HashSet<string> HideFrom = Set("zien ziet verbergen verstoppen niemand zodat zomer hide see nobody summer weten");
    private static readonly HashSet<string> Tattoo = Set("tattoo tatoeage tattoos tatoeages");
    private static readonly HashSet<string> Wounds = Set("wonden wondjes littekens krassen sneetjes snijwonden scars cuts");
    private static readonly HashSet<string> Plasters = Set("pleisters pleister wonden wondjes sneetjes");
    private static readonly HashSet<string> Know = Set("weten weet zien ziet merken know see");
    /// <summary>Saying or telling: a cover story starts here; <see cref="HarmlessFrames"/> asks for it too.</summary>
    internal static readonly HashSet<string> Say = Set("gezegd zeg zeggen zegt zei verteld vertel gelogen lieg said say told tell lied");
    private static readonly HashSet<string> That = Set("dat da that");
    private static readonly HashSet<string> Fell = Set("gevallen gestoten gebotst ongeluk ongelukje fell accident bumped");
    private static readonly HashSet<string> Injury = Set(
        "oog tand tanden arm pols ribben neus lip plek plekken blauw blauwe gebroken eye tooth bruise bruises verbrand brandwonde gesneden wonde wonden");
    private static readonly HashSet<string> OwnHarm = Set("verbrand gesneden gekrast gekerfd gebrand burned cut");
    private static readonly HashSet<string> Young = Set("acht negen tien elf twaalf dertien veertien vijftien");
    private static readonly HashSet<string> Grooming = Set(
        "slapen logeren sleep sleepover cadeaus cadeautjes geschenken gifts geheim geheimpje secret afspreken meet");

    public static void Apply(CrisisScan s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (ConceptLexicon.Matches(s[i], ConceptLexicon.SelfHarmStems) && !s.AfterArticle(i) && Relapsed(s, i) is var again and >= 0)
            {
                s.Add(CrisisKind.SelfHarm, Around(s, i), Math.Min(again, i), Math.Max(again, i)); // "kheb weer gesneden gisteren"
            }
            else if (s.Is(i, Begin) && s.Find(Relapse, i - 3, i + 3) >= 0 && Around(s, i, 10) is var bw
                && (s.Find(HarmNoun, bw.Start, bw.End) >= 0 || Find(s, bw, (x, k) => ConceptLexicon.Matches(x[k], ConceptLexicon.SelfHarmStems)) >= 0) && Find(s, bw, IsSelf) >= 0)
            {
                s.Add(CrisisKind.SelfHarm, bw, i, i); // "drie weken zonder krassen, ma gisteren ben ik terug begonnen"
            }
            else if (IsBlade(s[i]) && Around(s, i, 8) is var hw && s.Find(Hidden, hw.Start, hw.End) >= 0 && Find(s, hw, (x, k) => IsSelf(x, k) || x.Is(k, ConceptLexicon.Mine)) >= 0
                && !HarmlessContext.In(s, hw))
            {
                s.Add(CrisisKind.SelfHarm, hw, i, i); // "mijn mesjes liggen verstopt zodat de begeleiding ze nie vindt"
            }
            else if (IsBlade(s[i]) && s.Find(Set("helpt helps help"), i + 1, i + 4) >= 0)
            {
                s.Add(CrisisKind.SelfHarm, Around(s, i), i, i, unsure: true); // "mijn mesje helpt mij"
            }
            else if (s.Is(i, Blood) && Around(s, i, 5) is var lw && s.Find(Bedding, lw.Start, lw.End) >= 0 && s.Find(NotBlood, i - 14, i + 14) < 0 && Find(s, lw, (x, k) => x.Is(k, ConceptLexicon.Mine)) >= 0)
            {
                s.Add(CrisisKind.SelfHarm, lw, i, i, unsure: true); // "bloed op mijn laken"
            }
            else if (s.Is(i, Sleeves) && (s.Is(i - 1, "lange") || s.Is(i - 1, "long")) && Around(s, i, 8) is var sw && s.Find(HideFrom, sw.Start, sw.End) >= 0 && s.Find(Tattoo, sw.Start, sw.End) < 0)
            {
                s.Add(CrisisKind.SelfHarm, sw, i - 1, i, unsure: s.Find(Wounds, sw.Start, sw.End) < 0); // "lange mouwen zodat niemand het ziet"
            }
            else if (s.Is(i, Plasters) && Around(s, i, 10) is var pw && s.Find(Know, pw.Start, pw.End) >= 0 && (Any(s, pw, CrisisWords.Not) || s.Find("niemand", pw.Start, pw.End) >= 0)
                && Find(s, pw, (x, k) => x.Is(k, ConceptLexicon.Mine)) >= 0 && !HarmlessContext.In(s, pw))
            {
                s.Add(CrisisKind.SelfHarm, pw, i, i, unsure: true); // "de pleisters, mijn ma mag het nie weten"
            }
            else if (s.Is(i, Say) && CoverStory(s, i) is var fell and >= 0)
            {
                Cover(s, i, fell);
            }
            else if (s.Is(i, Young) || (s[i].Length == 2 && s[i][0] == '1' && s[i][1] is >= '0' and <= '5'))
            {
                Groomed(s, i);
            }
        }
    }

    private static bool IsBlade(string word) =>
        ConceptLexicon.Tools.Contains(word) || word.EndsWith("mesje", StringComparison.Ordinal) || word.EndsWith("mesjes", StringComparison.Ordinal) || word is "scherven" or "blades";

    /// <summary>"weer gesneden", "opnieuw gekrast gisteren": the verb has no object, the client took it up again.</summary>
    private static int Relapsed(CrisisScan s, int verb)
    {
        var again = s.Find(Relapse, verb - 3, verb + 3);
        var after = verb + 1 == s.Count || s.Is(verb + 1, AfterVerb) || s.Is(verb + 1, CrisisWords.Filler) || s.Is(verb + 1, Relapse);
        var other = s.FindOtherPerson(new Clause(Math.Max(0, verb - 3), verb + 1));
        var self = Find(s, Around(s, verb, 8), (x, k) => ConceptLexicon.IsSubjectSelf(x[k]));
        return again >= 0 && after && other < 0 && self >= 0 && !HarmlessContext.In(s, Around(s, verb, 6)) ? again : -1;
    }

    /// <summary>"(ik heb) gezegd da ik gevallen ben", "told them that i fell": an injury explained away.</summary>
    private static int CoverStory(CrisisScan s, int say)
    {
        var that = s.Find(That, say + 1, say + 4);
        var fell = that < 0 ? -1 : s.Find(Fell, that + 1, that + 7);
        return fell >= 0 && s.Find(Injury, say - 14, say + 14) >= 0 ? fell : -1;
    }

    /// <summary>The client's own burn or cut explained away is self-harm; an injury with someone else near is violence.</summary>
    private static void Cover(CrisisScan s, int say, int fell)
    {
        var w = new Clause(Math.Max(0, say - 14), Math.Min(s.Count, fell + 1));
        // Own harm: the client's burn or cut, nobody named before it (the one told, "tegen mijn ma", does not count).
        var harm = s.Find(OwnHarm, w.Start, say);
        var own = harm >= 0 && s.FindOtherPerson(new Clause(w.Start, harm)) < 0 && Find(s, new Clause(Math.Max(0, harm - 4), harm), IsSelf) >= 0;
        s.Add(own ? CrisisKind.SelfHarm : CrisisKind.Violence, w, s.Find(Injury, w.Start, w.End) is var hurt and >= 0 ? Math.Min(hurt, say) : say, fell);
    }

    /// <summary>"ik ben 13" or "hij is 34 en ik 14" beside gifts, a secret, a sleepover or meeting alone.</summary>
    private static void Groomed(CrisisScan s, int age)
    {
        var client = s.Is(age - 1, "ik") || s.Is(age - 1, "im") || (s.Is(age - 1, "ben") && s.Is(age - 2, "ik")) || (s.Is(age - 1, "am") && s.Is(age - 2, "i"));
        var all = new Clause(0, s.Count);
        if (!client || s.Find(Grooming, 0, s.Count) < 0 || s.FindOtherPerson(all) < 0)
        {
            return;
        }

        var adult = Find(s, all, (x, k) => x[k].Length == 2 && x[k][0] is >= '2' and <= '9' && char.IsAsciiDigit(x[k][1]));
        s.Add(CrisisKind.Abuse, all, age - 1, age, unsure: adult < 0);
    }
}
