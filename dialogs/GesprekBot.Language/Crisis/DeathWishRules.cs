using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// A wish to be dead, by the shape of the clause: a wish near "dood"/"sterven" ("ik wil dood", "ik
/// zou liever dood zijn", "dood zijn lijkt me beter", "I want to die"), thinking of or longing for
/// death, "niet meer" before living ("ik wil er niet meer zijn", "nooit meer wakker worden", "I
/// don't want to live anymore"), never born, nothing to live for. The client must speak of themself:
/// "mijn pepe is dood" or "ze zijn er niet meer" are no signal.
/// </summary>
internal static class DeathWishRules
{
    private static readonly HashSet<string> WishOrBetter = [.. Wish, .. Better];
    private static readonly HashSet<string> EnglishDieBefore = ["to", "rather", "wanna", "gonna", "just", "i", "id", "should", "could", "will"];
    private static readonly HashSet<string> Was = ["was", "waar", "ware", "lag", "ben", "am"];
    private static readonly HashSet<string> Go = ["ga", "gaat", "gaan"];
    private static readonly HashSet<string> AfterGoDead = ["van", "aan", "door", "als", "wanneer"];
    private static readonly HashSet<string> Be = ["zijn", "zn", "be", "ben", "bestaan"];
    private static readonly HashSet<string> There = ["er", "d"];
    private static readonly HashSet<string> World = ["wereld", "aarde"];
    private static readonly HashSet<string> Think = ["denk", "denkt", "denken", "dacht", "gedachten", "gedachte", "verlang", "verlangen", "think", "thinking", "thoughts", "long"];
    private static readonly HashSet<string> AboutDeath = ["aan", "over", "naar", "about", "of"];
    private static readonly HashSet<string> Gone = ["verdwijnen", "verdwijn", "weg", "disappear", "vanish"];
    private static readonly HashSet<string> Under = ["onder", "under", "in", "naar", "achter", "to"];
    private static readonly HashSet<string> Born = ["geboren", "born"];
    private static readonly HashSet<string> Attempted = ["gedaan", "ondernomen", "deed", "doen", "made"];
    private static readonly HashSet<string> FarewellTo = ["iedereen", "leven", "wereld", "everyone", "everybody", "world", "life"];
    private static readonly HashSet<string> FarewellReady = ["voorbereid", "klaar", "geregeld"];

    /// <summary>"afscheid nemen van iedereen / van het leven", "mijn afscheid is voorbereid"; not "afscheid van mijn begeleider".</summary>
    private static int Farewell(CrisisScan s, Clause c, int farewell)
    {
        var to = s.Find(FarewellTo, farewell + 1, Math.Min(c.End, farewell + 6));
        return to >= 0 ? to : s.Find(FarewellReady, c.Start, c.End);
    }

    public static void Apply(CrisisScan s, Clause c)
    {
        WishToDie(s, c);
        NoLonger(s, c);
        for (var i = c.Start; i < c.End; i++)
        {
            if (s.Is(i, Born) && s.Find(Not, Math.Max(c.Start, i - 3), i) is var never and >= 0 && s.SpeaksOfSelf(c))
            {
                s.Add(CrisisKind.Suicide, c, never, i, unsure: !s.Has(Wish, c)); // "was ik maar nooit geboren"
            }
            else if (s.Is(i, World) && s.Find(Gone, Math.Max(c.Start, i - 4), i) is var away and >= 0 && s.SpeaksOfSelf(c))
            {
                s.Add(CrisisKind.Suicide, c, away, i); // "ik wil weg van deze wereld"
            }
            else if (s.Is(i, "poging") && s.Find(Attempted, i + 1, Math.Min(c.End, i + 3)) is var done and >= 0 && s.Has(FirstPerson, c))
            {
                s.Add(CrisisKind.Suicide, c, i, done, unsure: true); // "ik heb al eens een poging gedaan"
            }
            else if (s.Is(i, "afscheid") && Farewell(s, c, i) is var farewell and >= 0)
            {
                s.Add(CrisisKind.Suicide, c, i, farewell, unsure: s[farewell] is "voorbereid" or "klaar" or "geregeld"); // "afscheid nemen van iedereen"
            }
            else if (s.Is(i, Gone) && s.Find(Wish, Math.Max(c.Start, i - 4), i) is var wish and >= 0
                && (s[i] != "weg" || s.OnlyFiller(i + 1, c.End)) && !s.OtherSubject(wish, i) && !s.Is(i + 1, Under))
            {
                s.Add(CrisisKind.Suicide, c, wish, i, unsure: true); // "ik wil gewoon verdwijnen"
            }
        }
    }

    private static void WishToDie(CrisisScan s, Clause c)
    {
        for (var i = c.Start; i < c.End; i++)
        {
            var english = s.Is(i, "die") && s.Is(i - 1, EnglishDieBefore);
            var dead = english || s.Is(i, Dead);
            if (!dead || s.Is(i + 1, FigurativeAfterDead) || (s.Is(i + 1, "van") && !s.Is(i + 2, "mij")))
            {
                continue;
            }

            var wish = s.LastBefore(WishOrBetter, i, Math.Max(c.Start, i - 6));
            var after = s.Find(Better, i + 1, Math.Min(c.End, i + 5));
            var thought = s.Find(Think, Math.Max(c.Start, i - 4), i);
            if (wish >= 0 && !s.OtherSubject(wish, i))
            {
                s.Add(CrisisKind.Suicide, c, wish, i);
            }
            else if (after >= 0 && s.SpeaksOfSelf(c))
            {
                s.Add(CrisisKind.Suicide, c, i, after); // "dood zijn lijkt me beter dan dit"
            }
            else if (thought >= 0 && s.Find(AboutDeath, thought + 1, i) >= 0 && s.SpeaksOfSelf(c))
            {
                s.Add(CrisisKind.Suicide, c, thought, i); // "ik denk aan doodgaan", "ik verlang naar de dood"
            }
            else if (s.Find("maar", Math.Max(c.Start, i - 3), i) >= 0 && s.Find(Was, c.Start, i) >= 0)
            {
                s.Add(CrisisKind.Suicide, c, Math.Max(c.Start, i - 3), i); // "was ik maar dood"
            }
            else if (s.Is(i - 1, Go) && s.Has(FirstPerson, c) && !s.Is(i + 1, AfterGoDead))
            {
                s.Add(CrisisKind.Suicide, c, i - 1, i, unsure: true); // "ik ga dood": despair or a figure of speech
            }
            else if (s.Find(FirstPerson, Math.Max(c.Start, i - 3), i) is var me and >= 0 && s.Find(Was, me, Math.Min(c.End, i + 2)) >= 0)
            {
                s.Add(CrisisKind.Suicide, c, me, i, unsure: true); // "als ik dood was, zou niemand het merken"
            }
        }
    }

    private static void NoLonger(CrisisScan s, Clause c)
    {
        for (var n = c.Start; n < c.End; n++)
        {
            var more = s.Is(n, "nooit") || s.Is(n, "niemeer") || s.Is(n, "nietmeer") || s.Is(n, "nimmer") ? n
                : s.Is(n, Not) ? s.Find(More, n + 1, n + 3) : -1;
            if (more >= 0)
            {
                NoLongerLiving(s, c, n, more);
            }

            if (s.Is(n, EnglishNot) && s.Find(Wish, n + 1, n + 4) is var want and >= 0)
            {
                var living = s.Find(EnglishLiving, want + 1, want + 5);
                var here = s.Find("here", want + 1, want + 5);
                if (living >= 0 || (here >= 0 && s.Find("anymore", here, c.End) >= 0))
                {
                    s.Add(CrisisKind.Suicide, c, n, Math.Max(living, here));
                }
            }

            if (s.Is(n, Nothing) && NothingToLiveFor(s, n, c) is var life and >= 0)
            {
                s.Add(CrisisKind.Suicide, c, n, life); // "niks meer om voor te leven", "nothing to live for"
            }
        }
    }

    private static int NothingToLiveFor(CrisisScan s, int n, Clause c)
    {
        for (var i = n + 1; i < Math.Min(c.End, n + 7); i++)
        {
            var dutch = s.Is(i, Living) && s.Is(i - 1, "te") && (s.Is(i - 2, "om") || s.Is(i - 2, "voor"));
            var english = s.Is(i, "live") && (s.Is(i + 1, "for") || s.Is(i - 2, "reason"));
            if (dutch || english)
            {
                return i;
            }
        }

        return -1;
    }

    private static void NoLongerLiving(CrisisScan s, Clause c, int not, int more)
    {
        var to = Math.Min(c.End, more + 5);
        var living = s.Find(Living, more + 1, to);
        living = living >= 0 ? living : s.Find("wakker", more + 1, to);
        // "ik leef niet meer", "leef ik niet meer", "leef ik toch niet meer"
        for (var back = 1; living < 0 && back <= 3 && not - back >= c.Start; back++)
        {
            living = s.Is(not - back, "leef") ? not - back : -1;
        }

        if (s.Is(more + 1, "zitten") && s.Find(See, c.Start, not) >= 0)
        {
            // "ik zie het niet meer zitten met die verhuis" dreads a task: ask.
            var task = s.Is(more + 2, "met") && s.Find(Living, more + 2, c.End) < 0 && s.Find("alles", more + 2, c.End) < 0;
            s.Add(CrisisKind.Suicide, c, s.Find(See, c.Start, not), more + 1, unsure: task); // "ik zie het niet meer zitten"
            return;
        }

        if (!s.SpeaksOfSelf(c))
        {
            return;
        }

        var be = s.Find(Be, more + 1, to);
        var there = s.Find(There, c.Start, not);
        if (living >= 0 && !s.OtherSubject(c.Start, living))
        {
            s.Add(CrisisKind.Suicide, c, Math.Min(not, living), Math.Max(more, living));
        }
        else if (be >= 0 && there >= 0 && !s.OtherSubject(c.Start, be))
        {
            // "ik wil er niet meer zijn" is sure; "als ik er niet meer ben" may be about growing old.
            var wished = s.Has(Wish, c) || s.Has(Better, c) || s[be] == "zijn";
            s.Add(CrisisKind.Suicide, c, there, be, unsure: !wished);
        }
        else if (be >= 0 && s.Find(World, not, be + 3) is var world and >= 0)
        {
            s.Add(CrisisKind.Suicide, c, not, Math.Max(be, world));
        }
        else if (be >= 0 && s.Find("hier", c.Start, be) >= 0)
        {
            s.Add(CrisisKind.Suicide, c, not, be, unsure: true); // "hier niet meer zijn": this place, or this life
        }
        else if (s.Is(more + 1, "verder") && s.OnlyFiller(more + 2, c.End))
        {
            s.Add(CrisisKind.Suicide, c, not, more + 1, unsure: true); // "ik kan niet meer verder"
        }
        else if (more + 1 == c.End && s.Find(CanOrWant, c.Start, not) >= 0 && MethodRules.IAmSubject(s, c))
        {
            s.Add(CrisisKind.Suicide, c, not, more, unsure: true); // "ik kan niet meer", "ik wil niet meer"
        }
    }

    private static readonly HashSet<string> See = ["zie", "zien", "zag", "ziet"];
    private static readonly HashSet<string> CanOrWant = ["kan", "wil", "kon", "wou", "can"];
}
