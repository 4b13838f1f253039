using static GesprekBot.Language.Crisis.ConceptWindow;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Violence by proximity: a violence stem in any form or word order ("knijpt mij", "schopt hij tegen
/// mij", "heeft mij geworgd") aimed at the client or "ons", with someone else acting; everyday verbs
/// ("kletsen", "trekken", "gooien", "breken") only when they land on the client's body ("kletst ons
/// in ons gezicht", "mijn arm gebroken"). Beatings as a noun ("klop met de riem", "beat me up"),
/// being tied up, and being locked in with keys and phone taken count too. Without a person it is unsure.
/// </summary>
internal static class ViolenceConcepts
{
    private static readonly HashSet<string> Get = ["krijg", "krijgt", "kreeg", "kregen", "gekregen", "get", "got"];
    private static readonly HashSet<string> BeatingNoun = ["klop", "slaag", "rammel", "klappen", "slagen", "mep", "meppen", "riem"];
    private static readonly HashSet<string> Tie = ["bindt", "bind", "binden", "bond", "vastgebonden", "vastbinden", "tied", "ties"];
    private static readonly HashSet<string> Taken = ["sleutels", "sleutel", "gsm", "telefoon", "paspoort", "keys", "phone"];
    private static readonly HashSet<string> Confine = ["uit", "opgesloten", "sluit", "sluiten", "slot", "locked", "locks"];
    /// <summary>English verbs of games and work talk ("this game is killing me", "beats me at chess"): the clause rules judge them.</summary>
    private static readonly HashSet<string> GameVerbs = ["kill", "kills", "hit", "hits", "hitting", "beat", "beats", "beating", "kick", "kicks", "push", "pushes", "pushed", "lock", "locks", "locked", "hurts"];
    /// <summary>Hands on these are abuse, not violence: the abuse concepts judge them.</summary>
    private static readonly HashSet<string> Private = ["borsten", "tieten", "billen", "kont", "kruis", "broek", "breasts", "ass", "crotch"];
    private static readonly HashSet<string> Bitten = ["gebeten", "gekrabd", "gekrabt"];
    private static readonly HashSet<string> Children = ["kinderen", "kids", "children"];
    private static readonly HashSet<string> Purpose = ["om", "to"];
    private static readonly HashSet<string> Benign = ["om", "to", "aan", "over", "mee", "met"];

    public static void Apply(CrisisScan s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var word = s[i];
            if (s.Is(i, BeatingNoun) && s.Find(Get, i - 3, i + 1) is var get and >= 0 && Find(s, Around(s, i, 3), (x, k) => ConceptLexicon.IsSubjectSelf(x[k])) >= 0)
            {
                s.Add(CrisisKind.Violence, Around(s, i), get, i); // "thuis krijg ik klop met de riem"
            }
            else if (NeerSteken(s, i) && s.Find(ConceptLexicon.Us, i - 4, i) is var stabbed and >= 0 && s.FindOtherPerson(Around(s, i, 8)) >= 0)
            {
                s.Add(CrisisKind.Violence, Around(s, i), stabbed, i); // "gedreigd om mij neer te steken"
            }
            else if (Bitten.Contains(word) || ConceptLexicon.Matches(word, ConceptLexicon.ViolenceStems) || (CrisisWords.Violent.Contains(ConceptLexicon.Core(word)) && !GameVerbs.Contains(word)))
            {
                Aimed(s, i, bodyOnly: false);
            }
            else if (ConceptLexicon.Matches(word, ConceptLexicon.BodyViolenceStems))
            {
                Aimed(s, i, bodyOnly: true);
            }
            else if (s.Is(i, "up") && s.Is(i - 1, ConceptLexicon.Us) && s.Is(i - 2, "beat"))
            {
                s.Add(CrisisKind.Violence, Around(s, i), i - 2, i); // "they beat me up"
            }
            else if (s.Is(i, Tie) && Around(s, i) is var tw && Find(s, tw, IsAimedAtClient) is var tied and >= 0 && s.FindOtherPerson(tw) >= 0)
            {
                s.Add(CrisisKind.Violence, tw, Math.Min(i, tied), Math.Max(i, tied)); // "bindt mij vast aan een stoel"
            }
            else if (s.Is(i, Taken) && Around(s, i, 8) is var cw && s.Is(Find(s, cw, (x, k) => x.Is(k, "af")), "af") && Any(s, cw, Confine) && s.FindOtherPerson(cw) >= 0)
            {
                s.Add(CrisisKind.Violence, cw, i, i, unsure: true); // "hij pakt mijn sleutels en gsm af en sluit de deur af"
            }
        }
    }

    /// <summary>"neersteken", "neer te steken", "neergestoken".</summary>
    private static bool NeerSteken(CrisisScan s, int i) =>
        (s.Is(i, "steken") && (s.Is(i - 1, "neer") || (s.Is(i - 1, "te") && s.Is(i - 2, "neer")))) || s.Is(i, "neergestoken");

    private static void Aimed(CrisisScan s, int verb, bool bodyOnly)
    {
        var w = Around(s, verb, 5);
        if (HarmlessContext.In(s, w) || Any(s, w, Private) || s.AfterArticle(verb) || (s.Is(verb + 1, Benign) && !s.Is(verb + 1, "aan")) || s.Is(verb + 2, Purpose))
        {
            return;
        }

        var victim = bodyOnly ? Nearest(s, verb, w, IsOwnBody) : Nearest(s, verb, w, IsAimedAtClient);
        // Children are the victim after the verb ("hij slaat de kinderen"), its subject before it ("de kinderen stampen").
        if (victim < 0 || (s.Is(victim - 1, "met") && !bodyOnly) || (s.Is(victim, Children) && victim < verb))
        {
            return;
        }

        // The client hitting themself is self-harm, not violence: "ik sla mij".
        var actor = s.FindOtherPerson(w);
        var self = Find(s, w, (x, k) => ConceptLexicon.IsSubjectSelf(x[k]) && !x.Is(k, "me"));
        if (self >= 0 && actor < 0)
        {
            return;
        }

        s.Add(CrisisKind.Violence, w, Math.Min(verb, victim), Math.Max(verb, victim), unsure: actor < 0);
    }
}
