using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Suicide by concept, not by sentence: an ending aimed at one's own life ("mijn leven … beëindigen",
/// "kappen met leven", "loslaten" at a height, "nooit meer terugkomen" after sleep, "god mij komt
/// halen", "niet verdienen om te leven", "evengoed dood"), an earlier attempt, the methods (a car into a
/// tree, a river, the rails, one step on the platform, searching for ways to die, "zodat het gedaan
/// is met mij") and one's own funeral planned. Weaker combinations are unsure, so the bot asks.
/// </summary>
internal static class EndingCues
{
    private static readonly HashSet<string> Not = CrisisWords.Not;
    private static readonly HashSet<string> Wish = Set("wil wilt willen wou wilde wens hoop kwil kwou want wanna ga gaan zal");
    private static readonly HashSet<string> Life = Set("leven leve lven levn bestaan live life living alive");
    private static readonly HashSet<string> Dead = [.. CrisisWords.Dead, "overleden", "gestorven", "weg", "verhangen", "zelfmoord", "died"];

    public static readonly IReadOnlyList<Cue> Cues = [
        // "kzie het echt ni meer zitten": the fixed expression with any spelling of "ik" and "niet".
        new(CrisisKind.Suicide, Set("zitten zitte"), [Set("zie zien kzie ziet zag"), Not, CrisisWords.More], 5) { Unless = Set("met") },
        // "mijn leven? ik wil het beëindigen", "ik ga mijn leven stopzetten"
        new(CrisisKind.Suicide, Set("beeindigen beeindig beindigen beeindigd stopzetten afsluiten"), [Life, Wish], 8),
        // "kwil ermee kappen, met alles, met leven"
        new(CrisisKind.Suicide, Set("kappen kap stoppen stop ophouden"), [Set("met"), Life], 6) { Unless = Set("roken drinken drugs school werk job opleiding") },
        new(CrisisKind.Suicide, Set("kappen kap"), [Set("alles"), Wish], 5) { Unsure = true, Unless = Set("roken drinken drugs school werk job opleiding") },
        // "ik wil eruit stappen" (out of life, not out of the bus)
        new(CrisisKind.Suicide, Set("stappen stap"), [Set("eruit"), Wish], 4) { Unsure = true, Unless = Set("bus tram trein auto halte groep club vereniging project") },
        // "aan het raam op de achtste verdieping en wil gewoon loslaten"
        new(CrisisKind.Suicide, Set("loslaten loslaat laat"), [CrisisWords.Height], 10) { Danger = true, Unless = Set("hond ballon vlieger kat") },
        // "mijn man is dood, … ik wil ook gaan"
        new(CrisisKind.Suicide, Set("gaan"), [Set("ook"), Wish, Dead], 12) { Unsure = true, Unless = Set("feest begrafenis uitvaart vakantie mee") },
        // "in slaap vallen en nooit meer terugkomen", "nooit meer opstaan"
        new(CrisisKind.Suicide, Set("terugkomen terugkeren terug ontwaken opstaan"), [Set("slaap slapen inslapen"), Set("nooit never")], 6),
        // "in de zee lopen en nooit meer terugkomen"
        new(CrisisKind.Suicide, Set("terugkomen terugkeren"), [Set("zee water rivier kanaal schelde sea"), Set("nooit never niet nie")], 8) { Unsure = true, Danger = true },
        // Internet slang that dodges filters: "i want to unalive myself", "sewerslide".
        new(CrisisKind.Suicide, Set("unalive unaliving unalived sewerslide"), [], 4) { Self = false },
        // "ik bid dat god mij komt halen"
        new(CrisisKind.Suicide, Set("halen haalt haal komt"), [Set("god jezus heer hemel"), ConceptLexicon.ObjectSelf], 5) { Unsure = true },
        // "ik verdien het niet om te leven"
        new(CrisisKind.Suicide, Set("verdien verdient verdienen deserve"), [Life, Set("niet nie ni dont not geen")], 6) { Unless = Set("genoeg geld euro loon salaris enough money van") },
        // "dan kan ik toch evengoed dood zijn", "net zo goed dood"
        new(CrisisKind.Suicide, Set("dood dead"), [Set("evengoed evengoe goed")], 2) { Unless = Set("moe gewoon") },
        // "my head says kill yourself"
        new(CrisisKind.Suicide, Set("yourself jezelf"), [Set("kill dood"), Set("head hoofd stem stemmen voice voices says zegt")], 5) { Self = false },
        // "in het ziekenhuis na een poging"
        new(CrisisKind.Suicide, Set("poging pogingen attempt"), [Set("ziekenhuis spoed opgenomen opname psychiatrie hospital na")], 10) { Unsure = true, Unless = Set("roken stoppen examen rijexamen") },
        // "met de auto tegen een boom rijden"
        new(CrisisKind.Suicide, Set("boom muur paal brugpijler tree wall"), [Set("auto wagen car"), Set("rijden rij inrijden knallen crashen drive crash")], 8) { Danger = true, Unless = Set("ongeluk ongeval accident") },
        // "dan spring ik in de schelde"
        new(CrisisKind.Suicide, Set("schelde maas leie kanaal rivier dender ijzer river canal"), [Set("spring springen springt sprong verdrinken lopen jump")], 4) { Danger = true, Unless = Set("zwemmen zwem zomer boot bootje swim") },
        // "de hele nacht op de sporen gezeten", "one step and it is over" on the platform
        new(CrisisKind.Suicide, Set("sporen spoor rails tracks"), [Set("op on"), Set("gezeten zitten zat zit gelegen lag liggen sat")], 4) { Danger = true },
        new(CrisisKind.Suicide, Set("step stap stapje"), [Set("platform perron spoor sporen trein train tracks rails"), Set("over gedaan voorbij gone done")], 10) { Unsure = true, Danger = true },
        // "gezocht naar manieren om pijnloos te sterven"
        new(CrisisKind.Suicide, Set("manieren methodes ways methods"), [Set("sterven dood doodgaan dying zelfmoord pijnloos painless suicide")], 6) { Danger = true },
        // "ik eet niet meer zodat het sneller gedaan is met mij"
        new(CrisisKind.Suicide, Set("gedaan voorbij"), [Set("zodat"), Set("met"), ConceptLexicon.ObjectSelf], 6),
        // "ik wil van de brug", "kwil van het dak af"
        new(CrisisKind.Suicide, Set("brug dak flat toren balkon rots klif bridge roof"), [Set("van af vanaf off"), Wish], 3)
            { Unsure = true, Danger = true, Unless = Set("fietsen wandelen rijden lopen foto kijken uitzicht naar werken werk") },
        // "ik heb genoeg pillen om het te doen"
        new(CrisisKind.Suicide, CrisisWords.Pills, [Set("genoeg enough"), Set("doen do")], 6) { Danger = true, Unless = Set("tot week dokter apotheek apotheker") },
        // "al mijn eigen begrafenis gepland"
        new(CrisisKind.Suicide, Set("begrafenis uitvaart funeral"), [Set("eigen own"), Set("gepland plan plannen geregeld regel regelen planned voorbereid")], 6) { Unsure = true },
    ];
}
