using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// A suicide told as a goodbye or as affairs put in order, with no method and no death word: "als ik er
/// niet meer ben" beside what is handed over, the care of a pet or plants handed over "voor als het zover
/// is", a last message, a farewell with "sorry" or "ik hou van jullie", letters or a film for everyone, debts
/// and the home settled "voor na mij", "tegen dat ze dit lezen ben ik weg", "niemand zal mij missen"; and
/// tiredness of life ("moe van leven", "klaar met dit leven", "teleurgesteld dat ik nog leef", sleeping
/// "voor altijd"). A goodbye also has ordinary readings (a holiday, a move, a colleague retiring), so
/// these are unsure unless their words leave no other reading; the bot then asks gently.
/// </summary>
internal static class FarewellCues
{
    private static readonly HashSet<string> Life = Set("leven leve lven levn bestaan life living");
    private static readonly HashSet<string> Trip = Set(
        "vakantie reis kamp weekend verhuis verhuizen verhuizing verhuisd nieuwe trein vliegtuig werk job school winkel stage les holiday trip vacation move moving work");
    private static readonly HashSet<string> Birth = Set("baby bevalling bevallen geboorte zwanger kindje kinderkamer babykamer operatie examen pensioen baby birth");
    private static readonly HashSet<string> Leaving = Set("pensioen collega collegas juf meester klas leerlingen verhuis verhuizing verhuist vertrekt vertrek feest party retirement colleague");
    private static readonly HashSet<string> Care = Set("zorg zorgen zorgt verzorgen care water voederen eten");
    private static readonly HashSet<string> Cared = Set(
        "kat katten poes hond honden konijn vissen vogel planten plantjes kinderen dochter zoon cat cats dog dogs plants kids");
    private static readonly HashSet<string> NoMore = Set("meer gone dood dead");
    private static readonly HashSet<string> Farewell = Set("vaarwel adieu goodbye farewell");
    private static readonly HashSet<string> Parting = Set("sorry spijt vergeef vergeven forgive hou love alles everything altijd forever allemaal iedereen everyone");
    private static readonly HashSet<string> Later = Set("tot volgende morgen straks later maandag week see soon");
    private static readonly HashSet<string> Message = Set("bericht berichtje berichten message messages sms post");
    private static readonly HashSet<string> Written = Set("geschreven schreef schrijf opgenomen gemaakt ingesproken written wrote recorded made");
    private static readonly HashSet<string> Letters = Set("brief brieven briefje briefjes filmpje filmpjes video videos letter letters note notes");
    private static readonly HashSet<string> Everyone = Set("iedereen allemaal everyone everybody");
    private static readonly HashSet<string> Invitation = Set("uitnodiging uitnodigingen feest feestje verjaardag kerst nieuwjaar sinterklaas sollicitatie sollicitaties invitation");
    private static readonly HashSet<string> Settled = Set("afbetaald betaald geregeld opgeruimd opgekuist weggegeven orde settled paid");
    private static readonly HashSet<string> Read = Set("lezen leest lest leesen read reads");
    private static readonly HashSet<string> Gone = Set("weg dood vertrokken gone dead");

    public static readonly IReadOnlyList<Cue> Cues = [
        // "who gets my guitar when i'm gone" (not gone on holiday)
        new(CrisisKind.Suicide, Set("gone"), [Set("when after once"), Set("im i")], 3) { Unsure = true, Heedless = true, Unless = Trip },
        // "kan iemand voor mijn planten zorgen, ik kom niet meer terug", "niemand meer om voor haar te zorgen"
        new(CrisisKind.Suicide, Care, [Cared, NoMore, Set("niemand terug er never nobody")], 18) { Unsure = true, Heedless = true, Unless = [.. Trip, .. Birth] },
        // "mijn kat heb ik al bij mijn zus gebracht, voor als het zover is" (not the baby's room)
        new(CrisisKind.Suicide, Set("zover"), [Set("als"), Set("voor"), Set("brief brieven weggegeven gegeven gebracht testament afscheid opgeruimd geregeld kat hond poes spullen")], 16)
            { Unsure = true, Heedless = true, Unless = Birth },
        // "dit is mijn laatste bericht", "this is my last message" (not "voor vandaag")
        new(CrisisKind.Suicide, Set("laatste last"), [Set("mijn mn my dit this"), Message], 3)
            { Heedless = true, Unless = Set("vandaag vanavond today tonight week before aan naar to over about gestuurd sent"),
              SureOnlyWith = Set("sorry vaarwel goodbye iedereen everyone bedankt thanks alles everything zorg care") },
        // "ik hou van jullie allemaal, vaarwel", "this is goodbye, tell my mum i'm sorry" (not "vaarwel, tot volgende week")
        new(CrisisKind.Suicide, Farewell, [Parting], 10) { Unsure = true, Heedless = true, Unless = [.. Later, .. Leaving, .. Trip] },
        // "ik heb voor iedereen een brief geschreven", "een filmpje opgenomen voor als ik er niet ben"
        new(CrisisKind.Suicide, Letters, [Written, Everyone], 8) { Unsure = true, Unless = [.. Invitation, .. Leaving] },
        // "een afscheidsfilmpje opgenomen voor mijn dochter"
        new(CrisisKind.Suicide, Set("afscheidsfilmpje afscheidsfilm afscheidsvideo afscheidsbrieven afscheidsbericht"), [Written], 6) { Unsure = true, Unless = Leaving },
        // "mijn schulden afbetaald en mijn appartement opgeruimd, alles geregeld voor na mij"
        new(CrisisKind.Suicide, Set("na"), [Set("mij mijn me"), Settled], 8) { Unsure = true, Unless = Set("dood overlijden begrafenis verzekering notaris") },
        new(CrisisKind.Suicide, Set("schulden"), [Set("afbetaald betaald"), Set("opgeruimd opgekuist geregeld weggegeven achterlaten")], 14) { Unsure = true, Unless = Trip },
        // "ik wil niemand met mijn rommel achterlaten"
        new(CrisisKind.Suicide, Set("achterlaten achterlaat opzadelen"), [Set("rommel troep boel schulden puinhoop mess")], 6) { Unsure = true, Unless = Trip },
        // "alles op een rijtje gezet voor wie achterblijft", "so my family is not left with anything"
        new(CrisisKind.Suicide, Set("achterblijft achterblijven achterblijvers nabestaanden"), [Set("voor for wie")], 4) { Unsure = true },
        // "i won't need it", "dat ga ik niet meer nodig hebben" beside something given
        new(CrisisKind.Suicide, Set("need nodig"), [Set("wont"), Set("have can mag krijgen")], 8) { Unsure = true, Unless = Trip },
        // "iedereen gebeld om te zeggen dat ik ze graag zie, voor de laatste keer"
        new(CrisisKind.Suicide, Set("keer time"), [Set("laatste last"), Set("graag hou love gebeld called afscheid goodbye iedereen everyone")], 10)
            { Unsure = true, Unless = [.. Trip, .. Set("ooit sinds since ever gezien zag saw match les")] },
        // "tegen dat ze dit lezen ben ik al weg", "by the time you read this i'll be gone"
        new(CrisisKind.Suicide, Read, [Set("tegen by"), Set("dit this"), Gone], 8) { Unsure = true, Unless = Set("naar to trein winkel werk school vakantie op") },
        // "jullie zullen mij niet lang missen", "nobody will miss me"
        new(CrisisKind.Suicide, Set("missen mist miss"), [ConceptLexicon.ObjectSelf, Set("niet nie ni niemand nobody wont not")], 5)
            { Unsure = true, Unless = Set("kamp vakantie feest les werk school weekend reis match training holiday trip party") },
        // "niemand moet mij nog zoeken", "don't look for me" (not "ik ben in de tuin")
        new(CrisisKind.Suicide, Set("zoeken zoekt look search"), [ConceptLexicon.ObjectSelf, Set("niemand nobody dont")], 8)
            { Unsure = true, Unless = [.. Trip, .. Set("tuin zolder kelder bureau kamer garden")] },
        // "kben zo moe van leven", "klaar met dit leven", "ik heb het gehad met mijn leven", "done with life"
        new(CrisisKind.Suicide, Life, [Set("moe beu zat tired sick")], 5) { Unless = Set("stad dorp platteland studentenleven nachtleven uitgaansleven hier city") },
        new(CrisisKind.Suicide, Life, [Set("klaar gehad done finished"), Set("met with")], 4) { Unless = Set("stad dorp platteland city") },
        // "elke ochtend teleurgesteld dat ik nog leef"
        new(CrisisKind.Suicide, Set("leef leven live alive"), [Set("nog still"), Set("teleurgesteld jammer spijtig helaas disappointed sadly")], 6),
        // "liefst sliep ik voor altijd", "i want to sleep forever"
        new(CrisisKind.Suicide, Set("slapen sliep slaap inslapen sleep"), [Set("altijd eeuwig forever")], 3) { Unsure = true, Unless = Set("kunnen could bed zetel matras") },
    ];
}
