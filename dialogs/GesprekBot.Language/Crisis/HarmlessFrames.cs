using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// What the whole message says about a finding, after every rule has run: a joke ("lol", "ze
/// overdrijft"), a story, the news, a lesson or a paper for school or helpline work as the scene, a game or a match, an
/// accident while cooking, a pet that scratched. Where the frame makes the signal clearly harmless
/// (a figure of speech about being killed, someone else in a book) the hit is dropped; where it only
/// softens it (a kick "haha", a cut "per ongeluk" said with "weer") the hit becomes unsure, so the bot
/// asks. A hard time told as over (<see cref="ResolvedPast"/>) is dropped. A method, a plan or immediate
/// danger of the client is never softened.
/// </summary>
internal static class HarmlessFrames
{
    private static readonly HashSet<string> Joke = Set("lol lool haha hahaha hahah hihi xd xdd lmao lmfao grapje overdrijft overdrijven overdreven schattig joke joking kidding");

    /// <summary>Laughing alone does not soften a blow ("hij lachte toen hij mij sloeg"); it only makes a figure of speech one.</summary>
    private static readonly HashSet<string> Laugh = Set("lachen lachte lachten gelachen laughed laughing fun gezellig grap");
    private static readonly HashSet<string> Hyperbole = Set(
        "kill kills killing vermoord vermoorden vermoordt afmaken afgemaakt maakt kapotmaken kapot wurgen wurg dood doodmaken dead murder");
    private static readonly HashSet<string> Soft = Set("kussen kussens pillow pillows knuffel knuffelbeer sneeuwbal sneeuwballen waterpistool speelgoed speelgoedauto ballon wang wangen cheek cheeks");
    private static readonly HashSet<string> Scene = Set(
        "film films filmpje serie series boek boeken krant nieuws journaal verhaal verhalen roman toneel documentaire docu artikel reportage podcast " +
        "boekbespreking spreekbeurt les lessen cursus workshop ehbo movie book novel story article documentary news lesson class course " +
        "scriptie verslag eindwerk thesis paper opdracht presentatie onderzoek essay assignment report research");
    private static readonly HashSet<string> About = Set("over about");
    private static readonly HashSet<string> Work = Set("werk werkt werken gewerkt vrijwilliger vrijwilligster job stage work works working volunteer volunteering");
    private static readonly HashSet<string> Organisation = Set("hulplijn lijn opvang opvangcentrum vluchthuis vzw organisatie centrum shelter helpline hotline organisation charity");
    private static readonly HashSet<string> Game = Set(
        "fifa fortnite minecraft gta roblox game games gamen playstation xbox level tegenstander schaak schaken kaarten monopoly");
    /// <summary>A team is the one beaten ("de club kreeg een pak slaag tegen Anderlecht"), never the client: it only drops a hit the client is not in.</summary>
    private static readonly HashSet<string> Team = Set("club ploeg team supporters elftal");
    /// <summary>"my boss kills me with all the work", "ze vermoordt mij met haar vragen": a load, not a weapon.</summary>
    private static readonly HashSet<string> Load = Set("work werk huiswerk homework questions vragen grappen jokes taken tasks papieren papers eten food");
    private static readonly HashSet<string> Accident = Set("ongeluk ongelukje perongeluk ongeval accident accidentally koken keuken kook scheren pleister pleistertje");
    private static readonly HashSet<string> Purpose = Set("weer opnieuw terug expres opzettelijk purpose again");
    private static readonly HashSet<string> Animal = Set("kat katten kitten poes poesje hond hondje puppy konijn hamster cavia paard cat dog");
    private static readonly HashSet<string> Habitual = Set("altijd iedereen always everyone everybody");
    private static readonly HashSet<string> Client = Set("ik k ikke i im ive id me mij mezelf mijzelf myself us ons");
    private static readonly HashSet<string> Victim = Set("me mij mezelf mijzelf myself us ons");
    private static readonly HashSet<string> Passive = Set("word wordt werd ben been got get");
    private static readonly HashSet<string> Fear = Set("bang schrik afraid scared");

    private enum Verdict
    {
        Keep,
        Unsure,
        Drop,
    }

    /// <summary>Judges the hits from <paramref name="from"/> on, the ones this piece of text gave.</summary>
    public static void Apply(CrisisScan s, List<CrisisHit> hits, int from)
    {
        for (var h = hits.Count - 1; h >= from; h--)
        {
            var hit = hits[h];
            switch (Judge(s, hit))
            {
                case Verdict.Drop:
                    hits.RemoveAt(h);
                    break;
                case Verdict.Unsure:
                    hits[h] = hit with { Unsure = true };
                    break;
            }
        }
    }

    private static Verdict Judge(CrisisScan s, CrisisHit hit)
    {
        var (first, last) = s.WordsOf(hit);
        var clause = s.ClauseOf(first);
        var clientInClause = s.Find(Client, clause.Start, clause.End) >= 0 || OwnBody(s, clause);
        var all = new Clause(0, s.Count);

        // Someone else in a story, the news or a lesson: "een boek over een meisje da zelfmoord pleegt".
        if (Framed(s, first, Scene) is var story and >= 0 && s.Find(Client, story, clause.End) < 0 && !OwnBody(s, new Clause(story, clause.End)))
        {
            return Verdict.Drop;
        }

        // Helpline or shelter work: "ik werk bij een hulplijn voor slachtoffers van partnergeweld".
        if (ConceptWindow.Any(s, all, Work) && Framed(s, first, Organisation) >= 0 && s.Find(Victim, clause.Start, clause.End) < 0)
        {
            return Verdict.Drop;
        }

        if (hit.Danger && !hit.Unsure)
        {
            return Verdict.Keep;
        }

        if (ResolvedPast.IsOver(s, hit))
        {
            return Verdict.Drop; // "vroeger sloeg mijn vader mij, maar hij is overleden en ik heb daar in therapie aan gewerkt"
        }

        var hyperbole = s.Find(Hyperbole, first, last + 1) >= 0 || (s.Find(Hyperbole, clause.Start, clause.End) >= 0 && hit.Unsure);
        if (hit.Kind == CrisisKind.Violence && hyperbole && ClientActs(s, clause))
        {
            return Verdict.Drop; // "ik zou mijne broer kunnen vermoorden": the client is the one who acts, in a figure of speech
        }

        if (hit.Kind == CrisisKind.Violence && hyperbole && ConceptWindow.Any(s, clause, Load) && s.Find(Set("met with"), first, clause.End) >= 0)
        {
            return Verdict.Drop;
        }

        var joke = ConceptWindow.Any(s, all, Joke);
        var game = ConceptWindow.Any(s, all, Game) || HarmlessContext.Sport(s, all);
        // A wish to die "lol" is asked about, never dropped; being "killed" by a parent "lol" and a game's kills are figures of speech.
        var figure = hyperbole && (hit.Kind != CrisisKind.Suicide || hit.Unsure);
        if ((joke || game || ConceptWindow.Any(s, all, Laugh)) && (figure || !clientInClause || ConceptWindow.Any(s, clause, Soft)) && !hit.Danger)
        {
            return Verdict.Drop; // "my dad is going to kill me lol", "in fortnite iedereen afgemaakt", "een mep met een kussen haha"
        }

        if (ConceptWindow.Any(s, clause, Team) && !clientInClause && !hit.Danger)
        {
            return Verdict.Drop;
        }

        if (hit.Kind is CrisisKind.SelfHarm or CrisisKind.Violence && !hit.Danger)
        {
            var at = s.Find(Accident, 0, s.Count);
            var accident = at >= 0 && s.Find(CrisisWords.Not, at - 2, at) < 0 && !s.Is(at - 1, "geen") && !s.Is(at - 2, "geen");
            var denied = at >= 0 && !accident; // "nie per ongeluk", "geen ongeluk": said to be on purpose
            var cover = ConceptWindow.Any(s, all, TraceRules.Say);
            var purpose = ConceptWindow.Any(s, all, Purpose);
            if (denied || (accident && (cover || purpose)))
            {
                return Verdict.Keep; // "gezegd da het een ongelukje was", "het was expres, geen ongeluk"
            }

            if (accident)
            {
                return Verdict.Drop; // "ik heb mij gesneden bij het koken, niks ergs"
            }

            // Not when the pet is what the client always tells everyone: "ik zeg tegen iedereen dat de krassen van de poes zijn".
            if (ConceptWindow.Any(s, clause, Animal) && ConceptWindow.Find(s, clause, IsScratchOrBite) >= 0 && !purpose && !(cover && ConceptWindow.Any(s, all, Habitual)))
            {
                return Verdict.Drop; // "de kat van de buren heeft mij gekrast"
            }

            if (joke)
            {
                return Verdict.Unsure;
            }
        }

        return joke || game ? Verdict.Unsure : Verdict.Keep;
    }

    /// <summary>The frame word stands before the hit in the message, and a person or "over" comes between them: returns where the story's subject starts, or -1.</summary>
    private static int Framed(CrisisScan s, int first, HashSet<string> frame)
    {
        var at = s.LastBefore(frame, first + 1, 0);
        if (at < 0)
        {
            return -1;
        }

        for (var i = at + 1; i <= first; i++)
        {
            if (s.Is(i, About) || s.IsOtherPerson(i) || s.Is(i, "voor") || s.Is(i, "for"))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"ik" is the subject and no one acts on the client: no "mij"/"me", no passive, no fear.</summary>
    private static bool ClientActs(CrisisScan s, Clause c)
    {
        var me = s.Find(CrisisWords.FirstPerson, c.Start, c.End);
        var other = s.FindOtherPerson(c);
        return me >= 0 && (s[me] is "ik" or "k" or "i" or "ikke") && (other < 0 || other > me) && s.Find(Victim, c.Start, c.End) < 0
            && s.Find(Passive, c.Start, c.End) < 0 && s.Find(Fear, c.Start, c.End) < 0 && !OwnBody(s, c);
    }

    private static bool OwnBody(CrisisScan s, Clause c) => ConceptWindow.Find(s, c, ConceptWindow.IsOwnBody) >= 0;

    private static bool IsScratchOrBite(CrisisScan s, int i) =>
        ScratchOrBite.Any(stem => s[i].StartsWith(stem, StringComparison.Ordinal));

    private static readonly string[] ScratchOrBite = ["krab", "kras", "gekra", "bijt", "beet", "gebeten", "scratch", "bit"];
}
