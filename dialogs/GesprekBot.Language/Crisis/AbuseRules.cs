using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Sexual abuse in the words children and teenagers use: "hij zit aan mij", "aan mijn lichaam",
/// "hij raakt mij aan waar ik niet wil", "hij dwingt mij om mij uit te kleden", "hij laat mij zijn
/// piemel zien", "vieze dingen met mij". A person touching the client without more is unsure.
/// </summary>
internal static class AbuseRules
{
    private static readonly HashSet<string> Dirty = ["vieze", "vies", "rare", "gekke"];
    private static readonly HashSet<string> Things = ["dingen", "spelletjes", "spelletje", "things", "stuff"];
    private static readonly HashSet<string> Against = ["tegen", "zonder", "against"];
    private static readonly HashSet<string> Will = ["zin", "wil", "toestemming", "will", "consent"];
    private static readonly HashSet<string> Undress = ["uitdoen", "uittrekken", "uit", "uitgedaan", "uitgetrokken", "off"];
    private static readonly HashSet<string> Medical = ["dokter", "arts", "huisarts", "verpleegster", "verpleger", "ziekenhuis", "doctor", "nurse"];
    private static readonly HashSet<string> SexualAdjective = ["seksuele", "seksueel", "sexual", "vieze"];
    private static readonly HashSet<string> Him = ["hem", "zijn", "him", "his", "haar", "her"];
    private static readonly HashSet<string> Kiss = ["zoent", "zoende", "zoenen", "gezoend", "kust", "kuste", "gekust", "kisses", "kissed"];
    private static readonly HashSet<string> With = ["met", "bij", "with"];
    private static readonly HashSet<string> Shows = ["zien", "toont", "toonde", "stuurt", "stuurde", "sturen", "laat", "liet", "shows", "sends", "sent"];

    public static void Apply(CrisisScan s, Clause c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            if (s.Is(i, Sit) && s.Find("aan", Math.Max(c.Start, i - 3), i + 4) is var aan and >= 0 && OnMe(s, aan, c) is var body and >= 0)
            {
                s.Add(CrisisKind.Abuse, c, Math.Min(i, aan), Math.Max(i, body)); // "mijn nonkel zit aan mij", "komt aan mij zitten"
            }
            else if (s.Is(i, Sit) && s.Find("aan", Math.Max(c.Start, i - 3), i + 4) is var onHim and >= 0 && s.Is(onHim + 1, Him)
                && (s.Has(Force, c) || s.Has(Wish, c)))
            {
                s.Add(CrisisKind.Abuse, c, Math.Min(i, onHim), Math.Max(i, onHim + 1)); // "hij wil dat ik aan hem zit"
            }
            else if (s.Is(i, Touch) && s.Has(Force, c) && s.Has(Him, c) && (s[i].StartsWith("aan", StringComparison.Ordinal) || s.Find("aan", i + 1, c.End) >= 0))
            {
                s.Add(CrisisKind.Abuse, c, s.Find(Force, c.Start, c.End), i); // "ik moest hem aanraken"
            }
            else if (s.Is(i, Kiss) && s.FindOtherPerson(c) >= 0 && s.Has(Victim, c) && (s.Has(Unwanted, c) || s.Has(Force, c)))
            {
                s.Add(CrisisKind.Abuse, c, i, i); // "hij zoent mij tegen mijn zin"
            }
            else if (s.Is(i, Things) && s.Is(i + 1, With) && s.Is(i + 2, WeakSelf) && s.Find(Not, i + 3, c.End) >= 0 && s.Find(Wish, i + 3, c.End) >= 0)
            {
                s.Add(CrisisKind.Abuse, c, i, i + 2); // "hij doet dingen met mij die ik niet wil"
            }
            else if (s.Is(i, Sit) && s.Is(i + 1, "in") && s.Is(i + 2, MyWords) && s.Is(i + 3, Private))
            {
                s.Add(CrisisKind.Abuse, c, i, i + 3); // "hij zit in mijn broek"
            }
            else if (s.Is(i, Touch) && Touches(s, c, i) && !NegatedTouch(s, c, i))
            {
                var sure = s.Has(Private, c) || s.Has(Unwanted, c) || s.Has(Force, c) || s.Has(Sexual, c);
                s.Add(CrisisKind.Abuse, c, i, LastOf(s, c, i), unsure: !sure); // "hij raakt mij aan"
            }
            else if (s.Is(i, "kleren") && s.Find(Undress, i + 1, Math.Min(c.End, i + 3)) is var undress and >= 0 && s.Has(Force, c)
                && (s.FindOtherPerson(c) >= 0 || s.Has(Him, c)) && !s.Has(Medical, c))
            {
                s.Add(CrisisKind.Abuse, c, i, undress); // "ik moest van hem mijn kleren uitdoen"
            }
            else if (s.Is(i, SexualAdjective) && s.Is(i + 1, Things) && s.FindOtherPerson(c) >= 0 && s.Find(WeakSelf, i + 2, Math.Min(c.End, i + 5)) is var with and >= 0)
            {
                s.Add(CrisisKind.Abuse, c, i, with); // "hij doet seksuele dingen met mij"
            }
            else if (s.Is(i, "seks") && s.Find("dat", c.Start, i) is var that and >= 0 && s.Is(that + 1, FirstPerson) && s.Find(Wish, c.Start, that) >= 0
                && s.FindOtherPerson(c) >= 0)
            {
                s.Add(CrisisKind.Abuse, c, that, i, unsure: true); // "hij wil dat ik seks met hem doe"
            }
            else if (s.Is(i, Force) && SexualAt(s, c) is var sexual and >= 0
                && (s.SpeaksOfSelf(c) || s.FindOtherPerson(c) >= 0))
            {
                s.Add(CrisisKind.Abuse, c, Math.Min(i, sexual), Math.Max(i, sexual)); // "hij dwingt mij tot seks"
            }
            else if (s.Is(i, Against) && s.Is(i + 1, MyWords) && s.Is(i + 2, Will) && s.Find(Sexual, c.Start, c.End) is var what and >= 0)
            {
                s.Add(CrisisKind.Abuse, c, Math.Min(i, what), Math.Max(i + 2, what)); // "seks tegen mijn zin"
            }
            else if (s.Is(i, Dirty) && s.Is(i + 1, Things) && s.Find(WeakSelf, i + 2, i + 5) is var me and >= 0 && s.FindOtherPerson(c) >= 0)
            {
                s.Add(CrisisKind.Abuse, c, i, me, unsure: s[i] != "vieze" && s[i] != "vies"); // "hij doet vieze dingen met mij"
            }
            else if (s.Is(i, Sexual) && s[i] is "piemel" or "penis" or "naaktfoto" or "naaktfotos" or "nudes" or "naakt" or "naakte" or "bloot" or "blote"
                && s.Has(Shows, c) && s.FindOtherPerson(c) >= 0 && s.Has(Victim, c))
            {
                s.Add(CrisisKind.Abuse, c, i, i); // "hij laat mij zijn piemel zien"
            }
        }
    }

    /// <summary>A sexual word, or undressing in its split form ("om mij uit te kleden").</summary>
    private static int SexualAt(CrisisScan s, Clause c)
    {
        var sexual = s.Find(Sexual, c.Start, c.End);
        var undress = s.Find("kleden", c.Start, c.End);
        return sexual >= 0 ? sexual : undress >= 0 && s.Is(undress - 2, "uit") ? undress : -1;
    }

    /// <summary>After "aan": "mij", "me", or a private part of the client's body ("aan mijn lichaam").</summary>
    private static int OnMe(CrisisScan s, int aan, Clause c)
    {
        if (s.Is(aan + 1, WeakSelf))
        {
            return aan + 1;
        }

        return s.Is(aan + 1, MyWords) && (s.Is(aan + 2, Private) || s.Is(aan + 3, Private)) ? (s.Is(aan + 2, Private) ? aan + 2 : aan + 3) : -1;
    }

    /// <summary>Someone else touches the client: "hij raakt mij aan", "aangeraakt", "he touches me".</summary>
    private static bool Touches(CrisisScan s, Clause c, int touch)
    {
        var word = s[touch];
        var complete = word.StartsWith("aan", StringComparison.Ordinal) || word.StartsWith("touch", StringComparison.Ordinal)
            || s.Find("aan", touch + 1, c.End) >= 0;
        var other = s.FindOtherPerson(c) >= 0 || s.Has(Passive, c);
        return complete && other && (s.Has(Victim, c) || s.Has(Private, c));
    }

    /// <summary>"hij raakt mij nooit aan", "hij heeft mij niet aangeraakt"; not "waar ik niet wil".</summary>
    private static bool NegatedTouch(CrisisScan s, Clause c, int touch)
    {
        var aan = s.Find("aan", touch + 1, c.End);
        var before = s.Find(Not, Math.Max(c.Start, touch - 3), touch) >= 0 && s.Find(Unwanted, c.Start, touch) < 0;
        return before || (aan >= 0 && s.Find(Not, touch + 1, aan) >= 0);
    }

    private static int LastOf(CrisisScan s, Clause c, int touch)
    {
        var aan = s.Find("aan", touch + 1, Math.Min(c.End, touch + 5));
        return aan >= 0 ? aan : Math.Min(touch + 1, c.End - 1);
    }
}
