using static GesprekBot.Language.Crisis.ConceptWindow;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Sexual coercion by proximity: a sexual or body concept ("naakt", "met hem slapen", "foto's van
/// mijn lichaam", "zijn broek", "my breasts", "filmt mij als ik mij omkleed", "in mijn bed 's nachts")
/// near coercion or refusal ("moet", "anders", "wil dat ik", "ik wou niet", "or he", "keeps") with
/// someone else in the window. A sexual concept with a person but no coercion is unsure: the bot asks gently.
/// </summary>
internal static class AbuseConcepts
{
    private static readonly HashSet<string> Sexual = [
        "naakt", "bloot", "seks", "sex", "omkleed", "omkleden", "uitkleden", "onderbroek", "beha",
        "borsten", "tieten", "breasts", "naked", "nude", "nudes", "undress", "underwear", "ondergoed", .. CrisisWords.Sexual];
    private static readonly HashSet<string> Filmed = ["lichaam", "body", "douche", "shower", "omkleed", "omkleden", "naakt", "bloot", "naked", "ondergoed", "underwear", "badkamer"];
    private static readonly HashSet<string> Watch = ["kijkt", "kijken", "keek", "staart", "gluurt", "loert", "bespiedt", "watches", "watching", "stares"];
    private static readonly HashSet<string> Medical = ["dokter", "arts", "huisarts", "gynaecoloog", "verpleegster", "verpleger", "onderzoek", "onderzoeken", "ziekenhuis", "doctor", "nurse", "helpt", "helpen", "hulp", "helps", "bad", "wassen"];
    private static readonly HashSet<string> Sleep = ["slapen", "slaap", "sleep", "sleeping", "bed"];
    private static readonly HashSet<string> Record = ["foto", "fotos", "filmt", "film", "filmen", "gefilmd", "photos", "pictures", "films", "filming"];
    private static readonly HashSet<string> Bed = ["bed", "bedje"];
    private static readonly HashSet<string> Things = ["dingen", "things", "stuff"];
    private static readonly HashSet<string> Grab = ["grabbing", "grabs", "grabbed", "grab", "touching", "touches", "touched", "zit", "zitten", "duwde", "duwt"];
    private static readonly HashSet<string> Coercion = [
        "moet", "moest", "moeten", "anders", "dwingt", "dwong", "gedwongen", "verplicht", "must", "or", "forces", "forced", "makes", "keeps",
        "laat", "laten", "liet", "geld", "money", "nachts", "stiekem", "dreigt"];
    private static readonly HashSet<string> Refuse = ["wil", "wou", "wilde", "want", "wanted"];
    private static readonly HashSet<string> HisHer = ["zijn", "haar", "his", "her", "hem"];
    private static readonly HashSet<string> WithHim = ["met", "with"];

    public static void Apply(CrisisScan s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var concept = SexualConcept(s, i);
            if (concept < 0)
            {
                continue;
            }

            var w = Around(s, i, 7);
            var actor = s.FindOtherPerson(Around(s, i, 10));
            if (HarmlessContext.In(s, w) || s.Find("we", w.Start, w.End) >= 0 || (Any(s, w, Medical) && !Refused(s, w)))
            {
                continue;
            }

            // Filming someone who undresses is abuse in itself; otherwise coercion or a refusal makes it sure.
            var forced = s.Find(Coercion, w.Start, w.End) >= 0 || Refused(s, w) || WantsThatI(s, w) || (s.Is(i, Sexual) && Any(s, w, Record));
            if (actor >= 0 || (forced && s.Is(i, Grab)))
            {
                s.Add(CrisisKind.Abuse, w, Math.Min(i, concept), Math.Max(i, concept), unsure: !forced || actor < 0);
            }
        }
    }

    /// <summary>Returns the other end of the concept at <paramref name="i"/>, or -1.</summary>
    private static int SexualConcept(CrisisScan s, int i)
    {
        if (s.Is(i, Sexual))
        {
            return i;
        }

        if (s.Is(i, Sleep) && s.Find(WithHim, i - 3, i + 3) is var with and >= 0 && s.IsOtherPerson(Math.Min(s.Count - 1, with + 1)))
        {
            return with; // "met hem slapen", "sleep with him"
        }

        if (s.Is(i, Record) && Around(s, i, 4) is var r && (Find(s, r, (x, k) => x.Is(k, Filmed)) is var of and >= 0))
        {
            return of; // "foto's van mijn lichaam"
        }

        if (s.Is(i, Watch) && s.Find(Filmed, i - 8, i + 8) is var undressed and >= 0)
        {
            return undressed; // "hij kijkt naar mij als ik douche"
        }

        if (s.Is(i, "broek") && s.Is(i - 1, HisHer))
        {
            return i - 1; // "zijn broek"
        }

        if (s.Is(i, Grab) && Find(s, Around(s, i, 3), (x, k) => x.Is(k, "breasts") || x.Is(k, "borsten") || x.Is(k, "billen") || x.Is(k, "kont") || x.Is(k, "body")) is var part and >= 0)
        {
            return part;
        }

        if (s.Is(i, Bed) && (s.Is(i - 1, ConceptLexicon.Mine) || s.Is(i - 1, "in")) && Any(s, Around(s, i, 6), Things))
        {
            return i - 1; // "hij komt in mijn bed en doet dingen"
        }

        if (s.Is(i, Things) && s.Find("lichaam", i, i + 5) is var body and >= 0)
        {
            return body; // "dingen doen met mijn lichaam"
        }

        return -1;
    }

    /// <summary>"die ik nie wil", "ik wou nie", "i didnt want".</summary>
    private static bool Refused(CrisisScan s, Clause w)
    {
        for (var i = w.Start; i < w.End; i++)
        {
            if (s.Is(i, Refuse) && (s.Is(i + 1, CrisisWords.Not) || s.Is(i - 1, CrisisWords.Not) || s.Is(i - 1, CrisisWords.EnglishNot) || s.Is(i + 1, "dat") && s.Is(i + 2, CrisisWords.Not)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"hij wil dat ik naakt kom liggen".</summary>
    private static bool WantsThatI(CrisisScan s, Clause w)
    {
        var wil = s.Find(Refuse, w.Start, w.End);
        return wil >= 0 && s.Is(wil + 1, "dat") && s.Is(wil + 2, "ik");
    }
}
