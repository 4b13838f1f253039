using static GesprekBot.Language.Crisis.ConceptWindow;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Suicide plans and methods without a death word, by proximity to the client: pills counted or
/// "enough", how many to take; hanging oneself in any form; standing or lying on the rails; a car
/// running in a closed garage; a goodbye message ready; things given away; "lang genoeg geleefd";
/// following a dead parent; "waarom ik nog leef"; doing "hetzelfde" as someone who took their life.
/// The methods and plans are immediate danger. English and broken English: "want die", "no want
/// life", "better off if I was gone", "tired of being alive", "a plan to end it".
/// </summary>
internal static class DeathConcepts
{
    private static readonly HashSet<string> Count = ["geteld", "tellen", "telde", "counted", "counting"];
    private static readonly HashSet<string> HowMany = ["hoeveel", "genoeg", "enough", "many"];
    private static readonly HashSet<string> Deadly = ["dood", "sterven", "doodgaan", "dead", "dying", "overdosis", "overdose"];
    private static readonly HashSet<string> Take = ["take", "took", "neem", "nemen", "slik", "slikken", "pak"];
    private static readonly HashSet<string> Routine = ["elke", "iedere", "every", "dokter", "doctor", "voorgeschreven", "begeleider", "apotheker", "morning", "avond", "week", "tot", "pillendoos", "weekdoos", "dag", "ochtend"];
    private static readonly HashSet<string> Hang = ["verhangen", "verhang", "verhangt", "opknopen", "opgeknoopt", "ophangen"];
    private static readonly HashSet<string> Rails = ["spoor", "sporen", "rails", "spoorweg", "tracks"];
    private static readonly HashSet<string> Gas = ["gas", "gaskraan", "gasfornuis"];
    private static readonly HashSet<string> Opened = ["open", "opengezet", "opendraaien", "opengedraaid", "openzetten", "aan", "aangezet"];
    private static readonly HashSet<string> Farewell = ["afscheid", "goodbye"];
    private static readonly HashSet<string> Took = ["genomen", "nemen", "said", "gezegd"];
    private static readonly HashSet<string> Ordinary = ["werk", "collegas", "collega", "pensioen", "school", "klas", "vakantie", "verhuis", "verhuizen", "feest", "oma", "opa"];
    private static readonly HashSet<string> Chasing = ["bellen", "lopen", "gaan", "rijden", "zitten", "fietsen", "aan", "in"];
    private static readonly HashSet<string> OnRails = ["staan", "liggen", "gaan", "stand", "lie", "lay", "lopen"];
    private static readonly HashSet<string> Phone = ["bel", "belt", "bellen", "telefoon", "gsm", "phone", "schilderij", "foto", "was", "jas"];
    private static readonly HashSet<string> NotOnRails = ["wacht", "wachten", "station", "perron", "kwijt", "bijster", "werk", "werken"];
    private static readonly HashSet<string> On = ["op", "on"];
    private static readonly HashSet<string> Moving = ["verhuis", "verhuizen", "verhuisd", "kringloop", "charity", "moving", "kleren", "vakantie", "holiday", "reis"];
    private static readonly HashSet<string> Make = ["maak", "maken", "maakt"];
    private static readonly HashSet<string> WantSubject = ["i", "me", "we"];
    private static readonly HashSet<string> Be = ["zijn", "be"];
    private static readonly HashSet<string> LivedOff = ["van", "op", "off", "on"];
    private static readonly HashSet<string> Ready = ["klaar", "klaargelegd", "klaarliggen", "klaargezet", "ready"];
    private static readonly HashSet<string> Heights = ["dak", "brug", "balkon", "roof", "bridge", "dakrand"];
    private static readonly HashSet<string> Dare = ["durf", "durft", "durfde", "dare"];
    private static readonly HashSet<string> Dying = ["doodga", "doodgaan", "doodgaat", "sterf", "sterven", "die", "dood"];
    private static readonly HashSet<string> Garage = ["garage", "uitlaat", "uitlaatgassen", "exhaust"];
    private static readonly HashSet<string> Running = ["draaien", "draait", "lopen", "running", "poort", "toe", "dicht", "closed", "motor", "engine"];
    private static readonly HashSet<string> Goodbye = ["goodbye", "afscheid", "vaarwel"];
    private static readonly HashSet<string> Message = ["letter", "letters", "note", "notes", "message", "messages", "video", "brief", "brieven", "bericht"];
    private static readonly HashSet<string> GaveAway = ["weggegeven", "weggeven", "weggeschonken", "gave", "given", "giving", "gegeven"];
    private static readonly HashSet<string> Belongings = [
        "spullen", "alles", "bezittingen", "stuff", "things", "belongings", "everything", "wachtwoorden", "paswoorden", "passwords", "pincode", "reservesleutel", "planten"];
    private static readonly HashSet<string> Soon = ["binenkort", "binnenkort", "nodig", "need", "soon", "meer", "more"];
    private static readonly HashSet<string> Lived = ["geleefd", "lived"];
    private static readonly HashSet<string> Gone = ["gone", "dead", "died", "weg", "dood", "around", "zonder", "without"];
    private static readonly HashSet<string> Die = ["die", "dead", "dying", "sterven", "dood"];
    private static readonly HashSet<string> Life = ["life", "live", "living", "leven", "alive"];
    private static readonly HashSet<string> Alive = ["alive", "living", "life"];
    private static readonly HashSet<string> Died = ["beroofd", "zelfmoord", "verhangen", "gestorven", "overleden", "dood", "died", "killed"];

    private static readonly HashSet<string> Triggers = [
        .. CrisisWords.Pills, .. Hang, .. Rails, .. Garage, .. Gas, .. Goodbye, .. GaveAway, .. Lived, .. Die,
        "achterna", "leef", "hetzelfde", "bij", "afscheid", "zodat", "wake", "dak", "brug", "balkon", "roof", "bridge", .. ConceptLexicon.Tools, "want", "off", "of", "end", "eind", "einde", "miss"];

    public static void Apply(CrisisScan s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            // Most words trigger nothing: ask for the client's self reference only after a trigger.
            if (!Triggers.Contains(s[i]) && !s[i].StartsWith("afscheids", StringComparison.Ordinal))
            {
                continue;
            }

            var w = Around(s, i);
            if (Find(s, Around(s, i, 10), (x, k) => IsSelf(x, k) || x.Is(k, ConceptLexicon.Mine)) < 0)
            {
                continue;
            }

            if (s.Is(i, CrisisWords.Pills) && Around(s, i, 10) is var pw && !Any(s, pw, Routine)
                && ((Any(s, w, Count) && Any(s, pw, HowMany)) || ((Any(s, w, Take) || Any(s, w, HowMany) || Any(s, w, Count)) && Any(s, pw, Deadly))))
            {
                s.Add(CrisisKind.Suicide, w, i, i, danger: true); // "al die pillen geteld, genoeg"
            }
            else if (s.Is(i, Hang) && (s.Is(i - 1, ConceptLexicon.ObjectSelf) || s.Is(i - 2, ConceptLexicon.ObjectSelf)) && !Any(s, w, Phone))
            {
                // "ophangen" is also an idiom ("ik kan me wel ophangen aan die deadline"); "verhangen" is not.
                var hanging = s[i].StartsWith("verhang", StringComparison.Ordinal);
                s.Add(CrisisKind.Suicide, w, i, i, unsure: !hanging, danger: hanging); // "omdat ik mij wou verhangen"
            }
            else if (s.Is(i, Rails) && (s.Is(i - 2, On) || s.Is(i - 1, On)) && s.Find(OnRails, i + 1, i + 4) >= 0 && !Any(s, w, NotOnRails))
            {
                s.Add(CrisisKind.Suicide, w, i, i, danger: true); // "op het spoor gaan staan"
            }
            else if (s.Is(i, Garage) && Any(s, w, CrisisWords.Vehicle) && Any(s, w, Running))
            {
                s.Add(CrisisKind.Suicide, w, i, i, danger: true); // "de auto in de garage laten draaien"
            }
            else if (IsGoodbyeMessage(s, i) && !Any(s, Around(s, i, 10), CrisisKeywords.Departure))
            {
                s.Add(CrisisKind.Suicide, w, i, i, danger: true); // "afscheidsbericht klaar", "goodbye letters"
            }
            else if (s.Is(i, GaveAway) && Any(s, w, Belongings) && !Any(s, Around(s, i, 10), Moving))
            {
                s.Add(CrisisKind.Suicide, w, i, i, unsure: !Any(s, Around(s, i, 10), Soon), danger: true); // "al mijn spullen weggegeven"
            }
            else if (s.Is(i, Lived) && !s.Is(i + 1, LivedOff) && (s.Is(i - 1, "genoeg") || s.Is(i - 1, "enough") || s.Is(i + 1, "enough")))
            {
                s.Add(CrisisKind.Suicide, w, i - 1, i); // "lang genoeg geleefd"
            }
            else if (s.Is(i, Gas) && Any(s, w, Opened) && !HarmlessContext.In(s, w))
            {
                s.Add(CrisisKind.Suicide, w, i, i, unsure: true, danger: true); // "ik heb de gaskraan opengezet"
            }
            else if (s.Is(i, Farewell) && s.Find(Took, i + 1, i + 3) >= 0 && Around(s, i, 10) is var fw && !Any(s, fw, Ordinary) && !Any(s, fw, Died))
            {
                s.Add(CrisisKind.Suicide, w, i, i, unsure: true); // "ik heb al afscheid genomen van mijn vrienden"
            }
            else if (s.Is(i, "bij") && Any(s, w, CrisisWords.Wish) && Any(s, Around(s, i, 12), Died) && s.Find(Be, i + 1, i + 5) >= 0)
            {
                s.Add(CrisisKind.Suicide, w, i, i, unsure: true); // "ik wil bij mijn overleden moeder zijn"
            }
            else if (s.Is(i, "achterna") && Any(s, w, CrisisWords.Wish) && !s.Is(i + 1, Chasing) && (Any(s, Around(s, i, 12), Died) || i + 1 == s.Count))
            {
                s.Add(CrisisKind.Suicide, w, i, i, unsure: !Any(s, Around(s, i, 12), Died)); // "ik wil hem achterna"
            }
            else if (s.Is(i, ConceptLexicon.Tools) && s.Find(Ready, i + 1, i + 4) >= 0 && s.Find("doen", i + 1, i + 8) >= 0 && !HarmlessContext.In(s, w))
            {
                s.Add(CrisisKind.Suicide, w, i, i, unsure: true, danger: true); // "een mes klaargelegd om het te doen"
            }
            else if (s.Is(i, Rails) && s.Is(i - 2, "naar") && Any(s, w, CrisisWords.Now))
            {
                s.Add(CrisisKind.Suicide, w, i, i, unsure: true, danger: true); // "ik ga naar het spoor vannacht"
            }
            else if (s.Is(i, Heights) && s.Is(i - 2, On) && (Any(s, w, Dare) || Any(s, w, CrisisWords.Jump)) && !HarmlessContext.In(s, w))
            {
                s.Add(CrisisKind.Suicide, w, i, i, unsure: true, danger: true); // "ik sta op het dak en ik durf niet"
            }
            else if (s.Is(i, "zodat") && s.Find(Dying, i + 1, i + 5) is var dying and >= 0)
            {
                s.Add(CrisisKind.Suicide, w, i, dying); // "ik eet niet meer zodat ik doodga"
            }
            else if (s.Is(i, "wake") && s.Find("never", i - 2, i) >= 0)
            {
                s.Add(CrisisKind.Suicide, w, i - 1, i); // "sleep and never wake up"
            }
            else if (((s.Is(i, "leef") && s.Is(i - 1, "nog")) || (s.Is(i, "leef") && s.Is(i + 1, "ik") && s.Is(i + 2, "nog"))) && s.Find("waarom", i - 4, i) >= 0)
            {
                s.Add(CrisisKind.Suicide, w, i - 1, i); // "waarom ik nog leef"
            }
            else if (s.Is(i, "hetzelfde") && Any(s, Around(s, i, 12), Died) && Any(s, w, CrisisWords.Do))
            {
                s.Add(CrisisKind.Suicide, w, i, i, unsure: true); // "hij heeft zich van het leven beroofd, ik ga hetzelfde doen"
            }
            else
            {
                English(s, i, w);
            }
        }
    }

    private static bool IsGoodbyeMessage(CrisisScan s, int i)
    {
        var word = s[i];
        return (word.StartsWith("afscheidsbericht", StringComparison.Ordinal) || word.StartsWith("afscheidsvideo", StringComparison.Ordinal)
            || word.StartsWith("afscheidsmail", StringComparison.Ordinal) || word.StartsWith("afscheidsbrie", StringComparison.Ordinal))
            || (s.Is(i, Goodbye) && s.Is(i + 1, Message));
    }

    private static void English(CrisisScan s, int i, Clause w)
    {
        if (s.Is(i, Die) && ((s.Is(i - 1, "want") && s.Is(i - 2, WantSubject)) || s.Is(i - 1, "wanna")))
        {
            s.Add(CrisisKind.Suicide, w, i - 1, i); // "i want die", "want to die"
        }
        else if (s.Is(i, "want") && s.Is(i - 1, CrisisWords.EnglishNot) && s.Is(i + 1, Life))
        {
            s.Add(CrisisKind.Suicide, w, i - 1, i + 1); // "me no want life no more"
        }
        else if (s.Is(i, "off") && s.Is(i - 1, CrisisWords.Better) && s.Find(Gone, i + 1, Math.Min(s.Count, i + 6)) is var gone and >= 0
            && Find(s, new Clause(i + 1, Math.Min(s.Count, gone + 2)), IsSelf) >= 0)
        {
            s.Add(CrisisKind.Suicide, w, i - 1, gone); // "better off if i was gone"
        }
        else if (s.Is(i, "miss") && s.Is(i + 1, ConceptLexicon.ObjectSelf) && s.Find(Gone, i + 2, Math.Min(s.Count, i + 7)) is var missed and >= 0
            && s.Find("if", i + 2, missed) >= 0)
        {
            s.Add(CrisisKind.Suicide, w, i, missed, unsure: true); // "nobody would miss me if i died"
        }
        else if (s.Is(i, "of") && s.Is(i - 1, "tired") && (s.Is(i + 1, Alive) || (s.Is(i + 1, "being") && s.Is(i + 2, Alive))))
        {
            s.Add(CrisisKind.Suicide, w, i - 1, i + 2 < s.Count ? i + 2 : i + 1); // "tired of being alive"
        }
        else if (s.Is(i, "end") && s.Is(i + 1, "it") && !s.Is(i + 2, "with") && s.Find("plan", i - 4, i) >= 0)
        {
            s.Add(CrisisKind.Suicide, w, i, i + 1, danger: true); // "a plan to end it"
        }
        else if ((s.Is(i, "eind") || s.Is(i, "einde")) && s.Is(i + 1, "aan") && s.Find("er", i - 3, i) >= 0 && s.Is(i + 2, Make))
        {
            s.Add(CrisisKind.Suicide, w, i, i + 2); // "dat ik er beter een eind aan maak"
        }
    }
}
