using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Someone hurts the client: a person ("hij", "ze", "mijn ma", "de vriend van mama") and a violence
/// verb in any form, Flemish included ("ze slagen mij", "mijn ma klopt mij"), aimed at the client or
/// someone close ("hij slaat mij", "hij dreigt mij te vermoorden", "hij sluit mij op"); the passive
/// ("ik word geslagen"); "slaag krijgen"; fear of a person (unsure). "de hond slaat aan", "ik sla die
/// vraag over" and "dat klopt" have no person acting on the client.
/// </summary>
internal static class ViolenceRules
{
    /// <summary>Verbs that also mean winning a game: "mijn broer klopt mij met schaak", "he beats me at chess".</summary>
    private static readonly HashSet<string> Knock = ["klop", "klopt", "kloppen", "klopte", "klopten", "geklopt", "beat", "beats", "beaten"];
    private static readonly HashSet<string> Threat = ["dreig", "dreigt", "dreigen", "dreigde", "dreigden", "gedreigd"];
    private static readonly HashSet<string> Weapon = ["mes", "messen", "pistool", "geweer", "wapen", "knife", "gun"];
    private static readonly HashSet<string> Friendly = ["schouder", "rug", "shoulder", "back", "deur", "door"];
    private static readonly HashSet<string> Get = ["krijg", "krijgt", "krijgen", "kreeg", "kregen", "gekregen", "geeft", "geven", "gaf", "gaven", "gegeven"];
    private static readonly HashSet<string> Finish = ["af", "dood", "op"];
    private static readonly HashSet<string> Things = ["auto", "bal", "car", "ball", "bliksem", "lightning", "wesp", "mug", "insect", "bee", "wasp", "chess", "eieren", "ei", "room", "slagroom", "deeg", "eggs", "cream"];
    private static readonly HashSet<string> Harmful = [.. Violent, .. KillSelf];
    private static readonly HashSet<string> Towards = ["om", "tot", "richting", "naar", "to"];
    private static readonly HashSet<string> Say = ["zegt", "zei", "zeggen", "roept", "riep", "says", "said"];
    private static readonly HashSet<string> At = ["naar", "tegen", "at"];
    private static readonly HashSet<string> Throw = ["gooit", "gooien", "gooide", "gooiden", "gegooid", "smijt", "smijten", "smeet", "gesmeten", "werpt", "throws", "threw"];
    private static readonly HashSet<string> Grab = [
        "grijp", "grijpt", "grijpen", "greep", "grepen", "gegrepen", "trek", "trekt", "trekken", "trok", "getrokken", "sleur", "sleurt", "sleurde",
        "gesleurd", "pakt", "pakte", "gepakt", "grabs", "grabbed", "pulls", "pulled"];
    private static readonly HashSet<string> Negation = ["niet", "nie", "geen", "nooit", "not", "never"];
    private static readonly HashSet<string> OtherObject = ["haar", "hem", "hen", "her", "him", "them"];
    private static readonly HashSet<string> Aggressive = ["agressief", "agressieve", "aggressive", "violent"];

    public static void Apply(CrisisScan s, Clause c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            if (s.Is(i, ViolentParticiple) && s.Find(Passive, Math.Max(c.Start, i - 5), i) is var passive and >= 0 && !s.Has(Things, c) && !s.Has(Game, c)
                && !(s[i] == "geklopt" && (s.Has(Friendly, c) || s.Is(passive - 1, "er"))) && !s.Is(i - 1, ConceptWindow.Feel) && !s.Is(i - 2, ConceptWindow.Feel))
            {
                s.Add(CrisisKind.Violence, c, s.Find(Passive, Math.Max(c.Start, i - 5), i), i); // "ik word (thuis) geslagen"
            }
            else if (s.Is(i, Beating) && !s.Has(Game, c) && !HarmlessContext.Sport(s, c) && s.Find(Get, Math.Max(c.Start, i - 4), Math.Min(c.End, i + 4)) is var get and >= 0)
            {
                s.Add(CrisisKind.Violence, c, Math.Min(get, i), Math.Max(get, i)); // "ik krijg slaag"
            }
            else if (s.Is(i, Violent) && !s.AfterArticle(i))
            {
                ActsOn(s, c, i);
            }
            else if (s.Is(i, Throw) && s.Find(WeakSelf, Math.Max(c.Start, i - 4), Math.Min(c.End, i + 6)) is var at and >= 0 && s.Is(at - 1, At) && s.FindOtherPerson(c) >= 0)
            {
                s.Add(CrisisKind.Violence, c, i, at); // "mijn moeder gooit dingen naar mij"
            }
            else if (s.Is(i, Grab) && s.Find(Body, c.Start, c.End) is var grabbed and >= 0 && (s.Is(grabbed - 1, MyWords) || s.Has(WeakSelf, c))
                && s.FindOtherPerson(c) >= 0)
            {
                s.Add(CrisisKind.Violence, c, Math.Min(i, grabbed), Math.Max(i, grabbed)); // "hij heeft mij bij mijn keel gegrepen"
            }
            else if (s.Is(i, Weapon) && VictimOf(s, c, i) is var aimed and >= 0)
            {
                s.Add(CrisisKind.Violence, c, Math.Min(i, aimed), Math.Max(i, aimed)); // "hij richt een mes op mij"
            }
            else if (s.Is(i, LockOrFinish) && !s.Is(i - 1, FirstPerson) && Particle(s, c, i) is var particle and >= 0
                && VictimOf(s, c, i) is var victim and >= 0)
            {
                s.Add(CrisisKind.Violence, c, i, Math.Max(particle, victim)); // "hij sluit mij op", "hij maakt mij af"
            }
            else if (s.Is(i, "pijn") && s.Find(Do, i - 3, i + 4) is var act and >= 0 && !s.Is(act - 1, "het") && !s.Is(act - 1, "dat") && !s.Is(act - 1, Body)
                && VictimOf(s, c, act) is var hurt and >= 0)
            {
                s.Add(CrisisKind.Violence, c, Math.Min(act, Math.Min(hurt, i)), Math.Max(act, Math.Max(hurt, i))); // "hij doet mij pijn"
            }
            else if (s.Is(i, "iets") && SelfHarmRules.DoTo(s, i, c) is var doTo and >= 0 && (s.Is(i - 1, WeakSelf) ? i - 1 : VictimOf(s, c, i)) is var target and >= 0
                && s.FindOtherPerson(c) >= 0)
            {
                s.Add(CrisisKind.Violence, c, Math.Min(target, i), doTo); // "hij wil mij iets aandoen"
            }
            else if (s.Is(i, "elkaar") && s.Find(Violent, i + 1, Math.Min(c.End, i + 3)) is var beaten and >= 0 && !s.Has(Game, c))
            {
                s.Add(CrisisKind.Violence, c, i, beaten); // "in elkaar geslagen"
            }
            else if (s.Is(i, Say) && s.FindOtherPerson(c) is var sayer and >= 0 && sayer < i && DeathThreat(s, c, i) is var threat and >= 0)
            {
                s.Add(CrisisKind.Violence, c, i, threat); // "hij zegt dat ik dood ga als ik wegga"
            }
            else if (s.Is(i, Afraid) && s.Find(Negation, i - 2, i) < 0 && FearedPerson(s, c, i) is var feared and >= 0 && !s.Has(Victim, c))
            {
                s.Add(CrisisKind.Violence, c, i, feared, unsure: true); // "ik ben bang voor mijn man"
            }
            else if (s.Is(i, Aggressive) && s.FindOtherPerson(c) >= 0)
            {
                s.Add(CrisisKind.Violence, c, i, i, unsure: !s.Has(Victim, c)); // "mijn man is agressief (tegen mij)"
            }
        }
    }

    private static void ActsOn(CrisisScan s, Clause c, int verb)
    {
        var word = s[verb];
        if ((c.End - 1 > verb && s.Is(c.End - 1, HarmlessParticle)) || (Knock.Contains(word) && (s.Has(Game, c) || s.Has(Friendly, c))))
        {
            return;
        }

        var victim = VictimOf(s, c, verb, before: word.StartsWith("ge", StringComparison.Ordinal) ? 7 : 4);
        if (victim < 0 && !Threat.Contains(word) && s.FindOtherPerson(c) is var actor and >= 0 && actor < verb && s.OnlyFiller(verb + 1, c.End))
        {
            s.Add(CrisisKind.Violence, c, actor, verb, unsure: true); // "hij schreeuwt en slaat dan": whom, it does not say
            return;
        }

        if (Threat.Contains(word) && victim < 0 && s.Find(Weapon, verb + 1, c.End) is var knife and >= 0 && s.FindOtherPerson(c) >= 0)
        {
            s.Add(CrisisKind.Violence, c, verb, knife); // "hij dreigt met een mes"
            return;
        }

        // "hij duwt mij om te gaan studeren": a push towards something is a figure of speech.
        if (victim < 0 || ((word.StartsWith("duw", StringComparison.Ordinal) || word.StartsWith("push", StringComparison.Ordinal)) && s.Find(Towards, victim + 1, c.End) >= 0))
        {
            return;
        }

        if (Threat.Contains(word))
        {
            // "hij dreigt mij te vermoorden" / "dreigt met een mes"; "hij dreigt om weg te gaan" is no danger.
            var harm = s.Find(Harmful, verb + 1, c.End);
            var weapon = s.Find(Weapon, verb + 1, c.End);
            var end = Math.Max(harm, Math.Max(weapon, victim));
            s.Add(CrisisKind.Violence, c, verb, end, unsure: harm < 0 && weapon < 0 && (s.Find("te", victim, c.End) >= 0 || s.Find("to", verb, c.End) >= 0));
            return;
        }

        s.Add(CrisisKind.Violence, c, Math.Min(verb, victim), Math.Max(verb, victim));
    }

    /// <summary>Whom a person other than the client acts on: "me", "mij", "ons", "mijn ma", "mijn armen".</summary>
    private static int VictimOf(CrisisScan s, Clause c, int verb, int before = 4)
    {
        var victim = s.FindVictim(verb, c, before);
        if (victim < 0)
        {
            for (var i = Math.Max(c.Start, verb - 4); i < Math.Min(c.End, verb + 5) && victim < 0; i++)
            {
                victim = s.Is(i, Body) && s.Is(i - 1, MyWords) ? i : -1;
            }
        }

        if (victim < 0)
        {
            return -1;
        }

        // Someone else must act: "ik sla mijn broer" or "ik sla mij" is no violence against the client.
        for (var i = c.Start; i < c.End; i++)
        {
            if (i != victim && s.IsActor(i, c))
            {
                return victim;
            }
        }

        return -1;
    }

    /// <summary>"sluit mij op", "maakt mij af", "dat hij mij dood maakt": the particle after the verb or just before it.</summary>
    private static int Particle(CrisisScan s, Clause c, int verb)
    {
        var lockVerb = s[verb].StartsWith('s');
        for (var i = verb - 1; i < c.End; i++)
        {
            if (i >= c.Start && i != verb && s.Is(i, Finish) && (s[i] == "op") == lockVerb && !s.Is(i + 1, "en") && !s.Is(i + 1, FigurativeAfterDead))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"(hij zegt) dat ik dood ga", "dat hij mij vermoordt": death named for the client after what someone says.</summary>
    private static int DeathThreat(CrisisScan s, Clause c, int say)
    {
        var client = s.Find(FirstPerson, say + 1, c.End);
        var death = client < 0 ? -1 : s.Find(Dead, client + 1, Math.Min(c.End, client + 4));
        // "da ik haar nog dood ga krijgen" (be the death of her) names someone else's death.
        return death >= 0 && !s.Is(death + 1, FigurativeAfterDead) && s.Find(OtherObject, client + 1, death) < 0 ? death : -1;
    }

    private static int FearedPerson(CrisisScan s, Clause c, int afraid)
    {
        var at = s.Find(Prepositions, afraid + 1, afraid + 3);
        if (at < 0 || !(s[at] is "voor" or "van" or "of"))
        {
            return -1;
        }

        for (var i = at + 1; i < Math.Min(c.End, at + 4); i++)
        {
            if (s.IsClosePerson(i) || (s.Is(i, "haar") && i + 1 == c.End))
            {
                return i;
            }
        }

        return -1;
    }
}
