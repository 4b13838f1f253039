using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// A harm verb aimed at oneself: "mezelf" with any harm verb ("ik bezeer mezelf", "I cut myself"),
/// "me"/"mij" when the client is the one who acts ("ik snij me", "ik doe me pijn"), or the client's
/// own body ("ik kras in mijn armen", "mijn hoofd tegen de muur slaan"). Verbs that also name
/// everyday accidents ("ik heb me verbrand") are unsure with "me" alone, and words of an accident
/// ("per ongeluk", "bij het koken") keep them out.
/// </summary>
internal static class SelfHarmRules
{
    private static readonly HashSet<string> Tools = ["sigaret", "sigaretten", "aansteker", "mes", "mesje", "scheermes", "scheermesje", "glas", "schaar", "lighter", "knife", "razor"];
    private static readonly HashSet<string> Wall = ["muur", "wall", "deur"];
    private static readonly HashSet<string> Through = ["doorheen", "erdoor", "through"];
    private static readonly HashSet<string> Something = ["iets", "dingen", "wat", "something"];
    private static readonly HashSet<string> Subject = ["ik", "k", "i"];
    private static readonly HashSet<string> There = ["er", "erdoor"];
    private static readonly HashSet<string> Until = ["tot", "until", "till"];
    private static readonly HashSet<string> Bleed = ["bloedt", "bloed", "bloeden", "bloedde", "bleeds", "bleed", "bleeding"];

    /// <summary>Hair and nails cut oneself are grooming: "i cut my hair myself", "ik knip mijn nagels zelf".</summary>
    private static readonly HashSet<string> Grooming = ["haar", "haren", "hair", "nagels", "nails", "pony", "bangs", "baard", "beard", "wenkbrauwen", "eyebrows"];

    /// <summary>Scratching an itch until it bleeds is no self-harm: "ik krab aan mijn muggenbeten tot het bloedt".</summary>
    private static readonly HashSet<string> Itch = ["muggenbeet", "muggenbeten", "beet", "beten", "jeuk", "jeukt", "jeuken", "eczeem", "korst", "korstje", "puistje", "puist", "bites", "itch", "itches", "itchy", "mosquito"];
    private static readonly HashSet<string> Marks = ["plekken", "plek", "afdrukken", "tandafdrukken", "striemen", "maantjes", "sporen", "wonden", "blauw", "marks", "bruises"];
    private static readonly HashSet<string> Scars = ["littekens", "litteken", "sneetjes", "snijwonden", "wondjes", "scars", "scar"];
    private static readonly HashSet<string> Habit = ["weer", "opnieuw", "soms", "vaak", "elke", "altijd", "again", "sometimes", "often", "nog"];
    private static readonly HashSet<string> FunctionWordsArticles = ["de", "het", "een", "die", "dat", "the", "a"];
    private static readonly HashSet<string> Could = ["kan", "kon", "could", "zou"];
    private static readonly HashSet<string> It = ["het", "t", "dat", "dit", "alles", "it", "that"];

    public static void Apply(CrisisScan s, Clause c)
    {
        var strong = s.Find(StrongSelf, c.Start, c.End);
        strong = strong >= 0 ? strong : OwnSelf(s, c);
        // Deliberate with "mezelf" ("ik verbrand mezelf met het strijkijzer"); with "me" or a body part an accident may be meant.
        if (s.Has(Through, c) || (s.Is(c.End - 1, "door") && s.Has(There, c)) || (strong < 0 && s.HasNear(Accident, c)))
        {
            return;
        }

        var weak = MethodRules.IAmSubject(s, c) ? s.Find(WeakSelf, c.Start, c.End) : -1;
        for (var i = c.Start; i < c.End; i++)
        {
            if (s.Is(i, Harm) && (!s.AfterArticle(i) || OwnBody(s, c) >= 0))
            {
                HarmVerb(s, c, i, strong, weak);
            }
            else if (s.Is(i, Until) && s.Find(Bleed, i + 1, Math.Min(c.End, i + 4)) is var bleed and >= 0 && (strong >= 0 || MethodRules.IAmSubject(s, c)) && !s.Has(Itch, c))
            {
                s.Add(CrisisKind.SelfHarm, c, i, bleed); // "tot het bloedt"
            }
            else if (s.Is(i, Until) && s.Is(i + 1, "er") && s.Find(Marks, i + 2, Math.Min(c.End, i + 5)) is var mark and >= 0 && OwnBody(s, c) >= 0 && MethodRules.IAmSubject(s, c))
            {
                s.Add(CrisisKind.SelfHarm, c, OwnBody(s, c), mark); // "ik knijp in mijn arm tot er blauwe plekken staan"
            }
            else if (s.Is(i, Until) && s.Is(i + 2, "pijn") && MethodRules.IAmSubject(s, c))
            {
                s.Add(CrisisKind.SelfHarm, c, i, i + 2, unsure: true); // "ik trek aan mijn haren tot het pijn doet"
            }
            else if (s.Is(i, Scars) && OwnBody(s, c) is var scarred and >= 0)
            {
                s.Add(CrisisKind.SelfHarm, c, Math.Min(i, scarred), Math.Max(i, scarred), unsure: true); // "littekens op mijn armen"
            }
            else if (s.Is(i, "pijn") && s.Find(Do, i - 3, i + 4) is var act and >= 0 && !s.Is(act - 1, It) && (strong >= 0 || weak >= 0))
            {
                var self = strong >= 0 ? strong : weak;
                s.Add(CrisisKind.SelfHarm, c, Math.Min(Math.Min(self, i), act), Math.Max(Math.Max(self, i), act)); // "ik doe mezelf pijn"
            }
            else if (s.Is(i, Something) && DoTo(s, i, c) is var doTo and >= 0 && (strong >= 0 || weak >= 0))
            {
                var self = strong >= 0 ? strong : weak;
                s.Add(CrisisKind.SelfHarm, c, Math.Min(self, i), Math.Max(doTo, self)); // "ik ga mezelf iets aandoen"
                s.Add(CrisisKind.Suicide, c, Math.Min(self, i), Math.Max(doTo, self), unsure: true); // and it may mean ending one's life
            }
        }
    }

    private static void HarmVerb(CrisisScan s, Clause c, int verb, int strong, int weak)
    {
        if (strong >= 0 && Math.Abs(strong - verb) <= 5 && s.Find(Grooming, Math.Min(strong, verb), Math.Max(strong, verb)) < 0)
        {
            s.Add(CrisisKind.SelfHarm, c, Math.Min(strong, verb), Math.Max(strong, verb));
            return;
        }

        var body = OwnBody(s, c);
        if (body >= 0 && s.FindOtherPerson(c) < 0)
        {
            var head = s[body] is "hoofd" or "kop";
            // "ik kon mijn kop tegen de muur slaan" is frustration as often as harm: ask.
            var sure = head ? s.Has(Wall, c) && !s.Has(Could, c) : !WeakHarm.Contains(s[verb]) || s.Has(Tools, c);
            if (!head || sure || s.Has(Wall, c))
            {
                s.Add(CrisisKind.SelfHarm, c, Math.Min(body, verb), Math.Max(body, verb), unsure: !sure);
            }

            return;
        }

        if (weak >= 0 && Math.Abs(weak - verb) <= 4)
        {
            var sure = !WeakHarm.Contains(s[verb]) || s.Has(Tools, c);
            s.Add(CrisisKind.SelfHarm, c, Math.Min(weak, verb), Math.Max(weak, verb), unsure: !sure);
        }
        else if (!WeakHarm.Contains(s[verb]) && MethodRules.IAmSubject(s, c) && NothingAfter(s, verb + 1, c.End) && !s.Is(verb - 1, "te")
            && s.Find(FunctionWordsArticles, verb - 3, verb) < 0)
        {
            // "ik heb weer gekrast", "ik snij soms": the verb has no object, so it is the client's own skin.
            s.Add(CrisisKind.SelfHarm, c, verb, verb, unsure: !s.Has(Habit, c));
        }
    }

    /// <summary>"(in) mijn armen", "m'n polsen": the client's own body in the clause.</summary>
    private static int OwnBody(CrisisScan s, Clause c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            if (s.Is(i, Body) && (s.Is(i - 1, MyWords) || s.Is(i - 2, MyWords)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Flemish "mijn eigen" for "mezelf" ("ik sla mijn eigen"), not "mijn eigen kamer".</summary>
    private static int OwnSelf(CrisisScan s, Clause c)
    {
        var own = s.Find("eigen", c.Start, c.End);
        return own >= 0 && s.Is(own - 1, MyWords) && s.OnlyFiller(own + 1, c.End) ? own : -1;
    }

    private static bool NothingAfter(CrisisScan s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!s.Is(i, Filler) && !s.Is(i, Subject))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"ik doe mezelf dingen aan": the verb before, "aan" closing the clause.</summary>
    internal static int SplitDoTo(CrisisScan s, int something, Clause c) =>
        s.Find(Do, c.Start, something) >= 0 && s.Is(c.End - 1, "aan") ? c.End - 1 : -1;

    /// <summary>"iets aandoen", "iets aan (te) doen"; not "zich iets aantrekken".</summary>
    internal static int DoTo(CrisisScan s, int something, Clause c)
    {
        if (SplitDoTo(s, something, c) is var split and >= 0)
        {
            return split;
        }

        for (var i = something + 1; i < Math.Min(c.End, something + 5); i++)
        {
            if (s.Is(i, "aandoen") || s.Is(i, "aangedaan") || (s.Is(i, "aan") && (s.Is(i + 1, Do) || s.Is(i + 2, Do))))
            {
                return s.Is(i, "aan") ? (s.Is(i + 1, Do) ? i + 1 : i + 2) : i;
            }
        }

        return -1;
    }
}
