using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// A suicide told by its preparations, with no death word: an overdose already taken ("alles
/// ingenomen", "een hele strip geslikt"), a date chosen, one's own funeral chosen, a will put in order,
/// a hose for the exhaust, over the railing, a building high enough, waiting for the courage near a
/// method, a letter "voor als ze mij vinden", disappearing for good, pills and "doing it". The methods
/// are immediate danger; the preparations that also have an ordinary reading are unsure, so the bot asks.
/// </summary>
internal static class PlanCues
{
    private static readonly HashSet<string> Chosen = Set("gekozen uitgekozen vastgelegd bepaald gepland geregeld voorbereid georganiseerd chosen picked planned");
    private static readonly HashSet<string> Method = Set("trein spoor sporen overweg perron brug dak touw pillen mes train tracks bridge roof rope pills knife");

    public static readonly IReadOnlyList<Cue> Cues = [
        // "ik heb net een hele strip geslikt", "alles ingenomen wat in de schuif lag"
        new(CrisisKind.Suicide, Set("ingenomen geslikt doorgeslikt opgeslikt binnengespeeld innemen slikken swallowed"),
            [Set("alles alle hele heel volledige strip strips doos doosje potje flesje everything all whole")], 8)
            { Danger = true, Unless = Set("eten soep water ontbijt vitamines voorgeschreven dokter apotheker elke iedere every food zei zegt gezegd said trots woorden") },
        // "de dag is gekozen", "ik heb de datum vastgelegd" (not the date of a wedding or a move)
        new(CrisisKind.Suicide, Set("datum"), [Chosen], 3)
            { Unsure = true, Unless = Set("trouw huwelijk trouwfeest verhuis verhuizing afspraak examen vakantie reis communie lentefeest wedding holiday trip appointment") },
        // "de liedjes voor mijn uitvaart heb ik al gekozen" (one's own, not "de begrafenis van mijn opa")
        new(CrisisKind.Suicide, Set("begrafenis uitvaart funeral"), [Set("mijn mn my"), [.. Set("muziek liedjes liedje songs music"), .. Chosen]], 6)
            { Unsure = true, Unless = Set("van of opa oma pepe meme nonkel tante pa ma papa mama vader moeder") },
        // "mijn testament is klaar en de sleutels heeft mijn zus"
        new(CrisisKind.Suicide, Set("testament"), [Set("orde klaar gemaakt opgesteld geregeld"), Set("sleutel sleutels reservesleutel afscheid brief brieven weggegeven gegeven")], 14) { Unsure = true },
        // "een slang voor de uitlaat", "tape and a hose for the exhaust"
        new(CrisisKind.Suicide, Set("uitlaat uitlaatgassen uitlaatpijp exhaust"), [Set("slang tuinslang hose tape buis")], 24) { Danger = true },
        // "ik ben over de reling geklommen"
        new(CrisisKind.Suicide, Set("reling railing balustrade"), [Set("over klimmen klom geklommen springen climb climbed jump bijna")], 8)
            { Unsure = true, Danger = true, Unless = Set("trap stairs schip boot") },
        // "ik heb opgezocht welke flat hoog genoeg is", "ten floors is enough"
        new(CrisisKind.Suicide, Set("genoeg enough"), [Set("hoog high hoge floors verdiepingen verdieping stories storeys")], 6)
            { Danger = true, Self = false, Unless = Set("uitzicht view ladder lift trap klimmen plafond kast") },
        // "ik wacht aan de overweg tot ik de moed heb"
        new(CrisisKind.Suicide, Set("moed courage"), [Method, Set("tot als until when")], 24) { Danger = true, Heedless = true },
        // "een briefje voor als ze mij vinden"
        new(CrisisKind.Suicide, Set("brief brieven briefje letter letters note"), [Set("vinden vindt gevonden find finds found"), Set("als when after")], 8) { Danger = true },
        // "verdwijnen, voorgoed"
        new(CrisisKind.Suicide, Set("verdwijnen verdwijn disappear vanish"), [Set("altijd voorgoed forever good")], 3),
        new(CrisisKind.Suicide, Set("vertrekken vertrek weggaan"), [Set("altijd voorgoed")], 3) { Unsure = true, Unless = Set("land buitenland spanje turkije marokko job werk") },
        // "i just want it all to stop for good"
        new(CrisisKind.Suicide, Set("stop stoppen ophouden ophoudt end"), [Set("good voorgoed altijd forever"), CrisisWords.Wish], 4) { Unless = Set("roken smoking drinken drinking drugs") },
        // "ik lig hier te wachten op de dood"
        new(CrisisKind.Suicide, Set("dood death"), [Set("wachten wacht waiting wait")], 3) { Unsure = true },
        // "da heb ik nie meer nodig waar ik naartoe ga"
        new(CrisisKind.Suicide, Set("nodig need"), [CrisisWords.Not, Set("naartoe heen going")], 8) { Unsure = true, Danger = true },
        // "i said goodbye to everyone this week"
        new(CrisisKind.Suicide, Set("goodbye afscheid vaarwel"), [Set("everyone everybody iedereen"), Set("said gezegd genomen")], 5)
            { Unsure = true, Unless = Set("party feest trip vakantie station airport luchthaven school klas verhuis") },
        // "ik spaar mijn pillen op", "i have been saving my meds"
        new(CrisisKind.Suicide, Set("spaar spaarde opgespaard sparen saving saved"), [CrisisWords.Pills], 10) { Danger = true, Unless = Set("geld euro centen money") },
        new(CrisisKind.Suicide, Set("spaar"), [Set("op alles"), Set("genoeg enough")], 10) { Danger = true, Unless = Set("geld euro centen money") },
        // "opgezocht hoeveel slaappillen ik moet nemen"
        new(CrisisKind.Suicide, CrisisWords.Pills, [Set("hoeveel how"), Set("opgezocht gezocht internet google looked searched")], 10) { Danger = true },
        // "ik ben nie bang om dood te gaan"
        new(CrisisKind.Suicide, Set("dood death sterven dying"), [Set("bang afraid schrik"), CrisisWords.Not], 4) { Unsure = true },
        // "ik verdien het niet om nog op deze wereld te zijn"
        new(CrisisKind.Suicide, Set("verdien verdient deserve"), [Set("wereld aarde earth world"), Set("niet nie ni dont not geen")], 12)
            { Unless = Set("genoeg geld euro loon salaris enough money") },
        // "the pills are in my bag, i will do it"
        new(CrisisKind.Suicide, CrisisWords.Pills, [Set("doen do"), Set("het it")], 10)
            { Danger = true, Unless = Set("dokter apotheek apotheker voorschrift elke iedere every doctor vergeten forget") },
        // "ik ga het doen, alles is voorbereid"
        new(CrisisKind.Suicide, Set("doen"), [Set("het"), Set("geregeld voorbereid klaargelegd")], 8) { Unsure = true, Danger = true },
    ];
}
