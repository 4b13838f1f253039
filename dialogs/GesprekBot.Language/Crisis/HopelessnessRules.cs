using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Hopelessness and ending it: "het hoeft (voor mij) niet meer", "geen zin meer in het leven", "mijn
/// leven is zinloos", "niet de moeite waard", "ik ben het leven beu", "geen uitweg", "beter af
/// zonder mij", "een last", "er een einde aan maken", "er een punt achter zetten", "uit het leven
/// stappen", "stoppen met leven/ademen", "end it all", "take my own life".
/// </summary>
internal static class HopelessnessRules
{
    private static readonly HashSet<string> Need = ["hoeft", "hoeven", "hoef", "moet"];
    private static readonly HashSet<string> It = ["het", "t", "leven", "alles"];
    private static readonly HashSet<string> LifeOrAll = ["leven", "leve", "niks", "niets", "alles", "life", "living"];
    private static readonly HashSet<string> Fed = ["moe", "beu", "kotsbeu", "zat", "tired", "sick", "done"];
    private static readonly HashSet<string> Life = ["leven", "life", "living", "bestaan", "ademen", "breathing"];
    private static readonly HashSet<string> End = ["einde", "eind", "punt", "end"];
    private static readonly HashSet<string> EndTo = ["aan", "achter"];
    private static readonly HashSet<string> There = ["er", "d"];
    private static readonly HashSet<string> Comes = ["komt", "kwam", "komen", "kwamen", "gekomen"];
    private static readonly HashSet<string> Pointless = ["zinloos", "uitzichtloos", "pointless", "meaningless", "hopeloos", "hopeless"];
    private static readonly HashSet<string> Am = ["ben", "voel", "am", "im", "feel", "was"];
    private static readonly HashSet<string> EndWhat = ["leven", "alles", "mezelf", "allemaal", "it", "life"];
    private static readonly HashSet<string> Stop = ["stoppen", "stop", "stopt", "ophouden", "quit"];
    private static readonly HashSet<string> Worth = ["waard", "worth"];
    private static readonly HashSet<string> EndVerb = ["end", "ending", "ended"];
    private static readonly HashSet<string> StepOut = ["stappen", "stap", "gaan", "weg", "vertrekken", "step"];
    private static readonly HashSet<string> Take = ["nemen", "neem", "benemen", "take", "taking"];
    private static readonly HashSet<string> Own = ["eigen", "own", "mezelf", "me", "mij"];
    private static readonly HashSet<string> When = ["als", "wanneer", "when", "if"];
    private static readonly HashSet<string> Miss = ["missen", "mist", "merken", "merkt", "miss", "notice"];

    public static void Apply(CrisisScan s, Clause c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            if (s.Is(i, Need) && NoLongerNeeded(s, c, i) is var needEnd and >= 0)
            {
                s.Add(CrisisKind.Suicide, c, Math.Max(c.Start, s.Is(i - 1, It) ? i - 1 : s.Is(i - 2, It) ? i - 2 : i), needEnd); // "het hoeft niet meer"
            }
            else if (s.Is(i, "zin") && s.Find("wat", c.Start, i) is var what and >= 0 && s.Find(Life, i + 1, Math.Min(c.End, i + 5)) is var point and >= 0)
            {
                s.Add(CrisisKind.Suicide, c, what, point); // "wat heeft het nog voor zin om te leven"
            }
            else if (s.Is(i, "zin") && s.Find("geen", i - 3, i) is var none and >= 0)
            {
                var life = LifeAfterZin(s, i, c);
                if (life >= 0 || s.Find(Life, c.Start, i) >= 0)
                {
                    s.Add(CrisisKind.Suicide, c, none, Math.Max(life, i)); // "geen zin meer in het leven"
                }
                else if (s.Is(i + 1, More) && s.OnlyFiller(i + 2, c.End))
                {
                    s.Add(CrisisKind.Suicide, c, none, i + 1, unsure: true); // "ik heb geen zin meer"
                }
            }
            else if ((s.Is(i, Pointless) || (s.Is(i, Worth) && (s.Has(Not, c) || s.Has(EnglishNot, c)))) && s.Find(Life, c.Start, c.End) is var life and >= 0)
            {
                s.Add(CrisisKind.Suicide, c, Math.Min(life, i), Math.Max(life, i)); // "mijn leven is zinloos", "not worth living"
            }
            else if (s.Is(i, Pointless) && s.Find("alles", c.Start, c.End) is var all and >= 0)
            {
                if (s.OnlyFiller(i + 1, c.End))
                {
                    s.Add(CrisisKind.Suicide, c, Math.Min(all, i), Math.Max(all, i), unsure: true); // "alles is zinloos", not "… op die vergaderingen"
                }
            }
            else if (s.Is(i, Life) && s.Find(Fed, Math.Max(c.Start, i - 4), Math.Min(c.End, i + 3)) is var fed and >= 0
                && (s.Is(i - 1, "het") || s.Is(i - 1, "of") || s.Is(i - 2, "van") || s.Is(i - 1, "t")))
            {
                s.Add(CrisisKind.Suicide, c, Math.Min(fed, i), Math.Max(fed, i)); // "ik ben het leven beu", "tired of life"
            }
            else if (s.Is(i, "uitweg") && s.Find(Nothing, i - 3, i) is var no and >= 0)
            {
                s.Add(CrisisKind.Suicide, c, no, i, unsure: !s.OnlyFiller(i + 1, c.End)); // "ik zie geen uitweg meer"
            }
            else
            {
                Others(s, c, i);
            }
        }
    }

    private static void Others(CrisisScan s, Clause c, int i)
    {
        if ((s.Is(i, "zonder") || s.Is(i, "without")) && s.Is(i + 1, WeakSelf) && s.Find(Better, c.Start, i) is var better and >= 0)
        {
            s.Add(CrisisKind.Suicide, c, better, i + 1); // "iedereen is beter af zonder mij"
        }
        else if (((s.Is(i, "last") && s.Is(i - 1, "een") && s.Has(Am, c) && !s.Is(i + 1, "van")) || s.Is(i, "burden")) && s.Find(When, i + 1, i + 3) < 0)
        {
            s.Add(CrisisKind.Suicide, c, Math.Max(c.Start, i - 1), i, unsure: true); // "ik ben een last voor iedereen"
        }
        else if (s.Is(i, Miss) && s.Find("niemand", c.Start, i) is var nobody and >= 0 && (s.Has(WeakSelf, c) || s.Has(FirstPerson, c)))
        {
            s.Add(CrisisKind.Suicide, c, nobody, i, unsure: true); // "niemand zou mij missen"
        }
        else if (s.Is(i, End) && s[i] != "end" && s.Find(EndTo, i + 1, i + 4) is var to and >= 0 && !s.Has(Comes, c)
            && (s[i] != "punt" || s[to] == "achter"))
        {
            var there = s.Find(There, c.Start, i);
            var what = s.Find(EndWhat, to + 1, to + 4);
            // "er een punt achter zetten met die schulden / met roken": ending something else.
            var topic = s.Find("met", to + 1, c.End + 3);
            var other = topic >= 0 && !s.Is(topic + 1, EndWhat) && !s.Is(topic + 2, EndWhat);
            if ((there >= 0 || what >= 0) && !other)
            {
                s.Add(CrisisKind.Suicide, c, i, what >= 0 ? what : Verb(s, to, c)); // "er een einde aan maken", "er een punt achter zetten"
            }
        }
        else if (s.Is(i, "point") && s.Find(Life, i + 1, Math.Min(c.End, i + 4)) is var living and >= 0
            && (s.HasNear(EnglishNot, c, 0) || s.Has(Nothing, c) || s.Find("any", c.Start, i) >= 0))
        {
            s.Add(CrisisKind.Suicide, c, i, living); // "I don't see the point in living"
        }
        else if (s.Is(i, EndVerb) && (s.Is(i + 1, "it") || s.Is(i + 1, "my")))
        {
            var all = s.Is(i + 2, "all") || s.Is(i + 2, "life") || s.Is(i + 2, "myself");
            if (all || s.OnlyFiller(i + 2, c.End))
            {
                s.Add(CrisisKind.Suicide, c, i, all ? i + 2 : i + 1, unsure: !all);
            }
        }
        else if (s.Is(i, Stop) && s.Find(Life, i + 1, i + 3) is var stopped and >= 0)
        {
            s.Add(CrisisKind.Suicide, c, i, stopped); // "stoppen met leven", "stop living"
        }
        else if (s.Is(i, Life) && s.Is(i - 2, "uit") && s.Find(StepOut, i + 1, Math.Min(c.End, i + 3)) is var step and >= 0)
        {
            s.Add(CrisisKind.Suicide, c, i - 2, step); // "uit het leven stappen"
        }
        else if (s.Is(i, Life) && s.Find(Take, Math.Max(c.Start, i - 4), Math.Min(c.End, i + 3)) is var take and >= 0
            && s.Find(Own, Math.Max(c.Start, i - 4), i) >= 0)
        {
            s.Add(CrisisKind.Suicide, c, Math.Min(take, i), Math.Max(take, i)); // "mijn eigen leven nemen", "take my own life"
        }
    }

    /// <summary>"het hoeft (voor mij) niet meer", "voor mij hoeft het niet meer"; not "dat hoeft niet meer".</summary>
    private static int NoLongerNeeded(CrisisScan s, Clause c, int need)
    {
        var it = s.Is(need - 1, It) || s.Is(need + 1, It) || s.Is(need - 2, It);
        if (!it || (s[need] == "moet" && s.Find("voor", c.Start, c.End) < 0))
        {
            return -1;
        }

        var not = s.Find(Not, need + 1, need + 5);
        return not >= 0 && s.Is(not + 1, More) && s.OnlyFiller(not + 2, c.End) ? not + 1 : -1;
    }

    /// <summary>"geen zin (meer) in het leven / in niks / om verder te gaan", not "geen zin om alles uit te leggen".</summary>
    private static int LifeAfterZin(CrisisScan s, int zin, Clause c)
    {
        for (var i = zin + 1; i < Math.Min(c.End, zin + 7); i++)
        {
            if (s.Is(i, Life) || (s.Is(i, LifeOrAll) && s.Is(i - 1, "in")) || (s.Is(i, "verder") && s.Is(i + 1, "te") && s.Is(i + 2, "gaan")))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The evidence runs to the verb after "aan"/"achter" when there is one ("einde aan maken").</summary>
    private static int Verb(CrisisScan s, int to, Clause c)
    {
        var next = s.Is(to + 1, "te") ? to + 2 : to + 1;
        return next < c.End && s[next] is "maken" or "maak" or "maakt" or "gemaakt" or "zetten" or "zet" or "gezet" ? next : to;
    }
}
