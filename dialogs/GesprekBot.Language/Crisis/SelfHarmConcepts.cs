using static GesprekBot.Language.Crisis.ConceptWindow;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Self-harm by proximity: a harm stem in any form ("snij", "gekrast", "gekerfd", "verwond") near
/// the client as object ("mij", "mezelf", "mijn pols"), with the client the one who acts. A tool
/// kept "voor als het weer niet gaat" and hurting oneself as punishment ("om mezelf te straffen")
/// count too; a tool alone is unsure. Cooking and accidents keep it out.
/// </summary>
internal static class SelfHarmConcepts
{
    private static readonly HashSet<string> Punish = ["straffen", "straf", "strafte", "punish", "punishing"];
    private static readonly HashSet<string> Scald = ["kokend", "kokende", "heet", "hete", "boiling"];
    private static readonly HashSet<string> Head = ["head", "hoofd", "haar", "hair"];
    private static readonly HashSet<string> ForWhen = ["voor", "for"];
    private static readonly HashSet<string> Again = ["weer", "opnieuw", "again", "nog", "altijd", "soms", "sometimes"];

    public static void Apply(CrisisScan s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (ConceptLexicon.Matches(s[i], ConceptLexicon.SelfHarmStems))
            {
                HarmStem(s, i);
            }
            else if (s.Is(i, Punish) && s.Find(ConceptLexicon.StrongSelf, i - 4, i + 3) is var self and >= 0)
            {
                s.Add(CrisisKind.SelfHarm, Around(s, i), self, i); // "om mezelf te straffen"
            }
            else if (s.Is(i, Scald) && Around(s, i) is var w && Find(s, w, IsOwnBody) is var body and >= 0 && Find(s, w, IsSelf) >= 0)
            {
                s.Add(CrisisKind.SelfHarm, w, i, body, unsure: Find(s, w, (x, k) => x.Is(k, Punish)) < 0); // "kokend water over mijn hand"
            }
            else if (s.Is(i, ConceptLexicon.Tools) && Around(s, i, 8) is var near && !HarmlessContext.In(s, near)
                && Find(s, near, (x, k) => ConceptLexicon.IsSubjectSelf(x[k])) >= 0 && s.Find(ForWhen, i, near.End) >= 0 && s.Find(Again, i, near.End) >= 0)
            {
                s.Add(CrisisKind.SelfHarm, near, i, i, unsure: true); // "mesjes onder mijn bed voor als het weer niet gaat"
            }
        }
    }

    private static void HarmStem(CrisisScan s, int verb)
    {
        var w = Around(s, verb, 5);
        if (HarmlessContext.In(s, w) || (s.FindOtherPerson(new Clause(Math.Max(0, verb - 2), Math.Min(s.Count, verb + 1))) >= 0 && !s.Has(ConceptLexicon.ObjectSelf, w)))
        {
            return;
        }

        // "een kras op mijn hand van de rozenstruik": a scratch as a noun with its cause.
        if ((s.AfterArticle(verb) && s.Find("van", verb + 1, verb + 6) >= 0) || (s[verb].StartsWith("scratch", StringComparison.Ordinal) && s.Find(Head, verb + 1, verb + 3) >= 0))
        {
            return;
        }

        var strong = s.Find(ConceptLexicon.StrongSelf, w.Start, w.End);
        if (strong >= 0)
        {
            s.Add(CrisisKind.SelfHarm, w, strong, verb);
            return;
        }

        var subject = Find(s, Around(s, verb, 12), (x, k) => ConceptLexicon.IsSubjectSelf(x[k]) && !x.Is(k, "me"));
        var body = Find(s, w, IsOwnBody);
        var me = Nearest(s, verb, new Clause(Math.Max(0, verb - 4), Math.Min(s.Count, verb + 4)), (x, k) => x.Is(k, ConceptLexicon.ObjectSelf));
        if (body >= 0)
        {
            s.Add(CrisisKind.SelfHarm, w, Math.Min(body, verb), Math.Max(body, verb)); // "in mijn pols gekerfd"
        }
        else if (subject >= 0 && me >= 0)
        {
            s.Add(CrisisKind.SelfHarm, w, Math.Min(me, verb), Math.Max(me, verb)); // "kheb mij gekrast", "dat ik mij nog altijd snij"
        }
        else if (s.Find(ConceptLexicon.SubjectSelf, verb - 3, verb) >= 0 && (verb + 1 == s.Count || s.Is(verb + 1, Again)))
        {
            s.Add(CrisisKind.SelfHarm, w, verb, verb, unsure: true); // "i been cutting again": no object, so the client's own skin
        }
    }
}
