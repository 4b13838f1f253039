namespace GesprekBot.Language.Crisis;

/// <summary>
/// Word classes the crisis rules are built from (normalised: lower case, no accents, "m'n" → "mn",
/// "don't" → "dont"). Verbs are listed in every form a client writes, Flemish ones included, so the
/// rules can ask "a violence verb" rather than list sentences.
/// </summary>
internal static class CrisisWords
{
    public static readonly HashSet<string> FirstPerson = Set("ik k ikke kik i im ive id ill me mij mezelf mijzelf myself");

    public static readonly HashSet<string> Wish = Set(
        "wil wilt willen wou wouw wilde wilden will wens wenste hoop liever liefst want wanna wants wish wished rather");

    public static readonly HashSet<string> OtherPronouns = Set(
        "hij ie ze zij men he she they hem him iemand someone somebody dad mom mum father mother husband wife boyfriend girlfriend " +
        "brother sister uncle aunt stepdad stepfather stepmother partner teacher coach guy parents grandpa grandfather cousin neighbour neighbor " +
        "boss landlord flatmate roommate");

    /// <summary>Words the member lexicon knows that are never the person who acts ("thuis", "school").</summary>
    public static readonly HashSet<string> NotAPerson = Set("thuis school werk ik mij me het dat iedereen niemand");

    public static readonly HashSet<string> Victim = Set("me mij ons mezelf mijzelf us");

    public static readonly HashSet<string> MyWords = Set("mijn mn me mijne m my onze ons our");

    public static readonly HashSet<string> StrongSelf = Set("mezelf mijzelf mezelve mijzelve myself mezelv");

    public static readonly HashSet<string> WeakSelf = Set("me mij");

    /// <summary>Before "mij" these make it no object of the verb ("voor mij", "met mij"); "op mij" stays one ("hij slaat op mij").</summary>
    public static readonly HashSet<string> Prepositions = Set(
        "voor met bij naar van aan over om zonder door achter tegen to for with at about of from");

    public static readonly HashSet<string> Better = Set("beter better gelukkiger happier");

    public static readonly HashSet<string> Filler = Set(
        "echt gewoon zo eigenlijk allemaal meer nie niet nu ook nog precies helemaal voor mij me mn mijn vandaag dan soms vaak altijd really anymore just");

    public static readonly HashSet<string> Subordinate = Set("dat that als if");

    public static readonly HashSet<string> Not = Set("niet nie ni nooit niemeer nietmeer nimmer never");

    public static readonly HashSet<string> More = Set("meer mer meeer mear langer");

    public static readonly HashSet<string> EnglishNot = Set("dont not no never cant doesnt");

    /// <summary>What a death wish aims at: "(niet meer) leven", "(nooit meer) wakker worden", "dood", "sterven".</summary>
    public static readonly HashSet<string> Living = Set("leven leve lven levn lefe lefen leeve lewe bestaan ademen");

    public static readonly HashSet<string> EnglishLiving = Set("live living exist alive wake");

    public static readonly HashSet<string> Dead = Set("dood doot doodgaan doodga doodgaat doodgaa sterven sterve sterf dead");

    /// <summary>"dood moe", "doodgewoon": figurative after "dood".</summary>
    public static readonly HashSet<string> FigurativeAfterDead = Set(
        "moe op gewoon normaal ziek eng stil simpel serieus graag tired serious nervous bang");

    public static readonly HashSet<string> Now = Set("nu vannacht vanavond vandaag straks tonight today now meteen");

    public static readonly HashSet<string> Nothing = Set("niks niets nothing geen no");

    // ---- methods ----
    public static readonly HashSet<string> Jump = Set("springen spring springt sprong sprongen gesprongen jump jumping jumped werpen gooien");

    public static readonly HashSet<string> Height = Set(
        "brug brugje gebouw dak flat toren raam venster balkon hoogte verdieping rots klif bridge building roof window balcony cliff tower");

    public static readonly HashSet<string> Vehicle = Set("trein tram bus auto vrachtwagen metro train car truck bus");

    public static readonly HashSet<string> IntoVehicle = Set("springen spring lopen loop liggen lig gooien werpen stappen stap stapt stapte jump step walk lie throw");

    public static readonly HashSet<string> Pills = Set(
        "pillen pil medicijnen medicatie medicament medicamenten tabletten slaappillen slaappil slaapmiddel slaapmiddelen " +
        "pilletjes antidepressiva xanax paracetamol dafalgan temesta pills pill tablets meds medication " +
        "medicijnkast medicijnkastje medicijnenkast medicijnenkastje apotheekkastje medicine medicines");

    public static readonly HashSet<string> Hoard = Set(
        "gespaard spaar spaarde sparen opgespaard verzameld verzamel verzamelen allemaal ineens tegelijk teveel overdosis poging ready " +
        "klaarliggen klaar saved stockpiled collected hoarding whole bunch opzij apart opzijgelegd");

    public static readonly HashSet<string> Rope = Set("touw strop koord rope noose");

    public static readonly HashSet<string> RopeReady = Set("klaar gekocht opgehangen ophangen balk zolder hals nek bought ready tied hang gelegd liggen ligt");

    public static readonly HashSet<string> Wrists = Set("polsen pols aders ader wrists wrist");

    public static readonly HashSet<string> Slit = Set("doorsnijden doorsnijd doorgesneden doorsnij opensnijden openen overschrijden slit");

    /// <summary>Verbs that kill when aimed at oneself; the method verbs among them mean immediate danger.</summary>
    public static readonly HashSet<string> KillSelf = Set(
        "doden dood ombrengen vermoorden vermoord afmaken kant beroven kill killing neersteken neerschieten doodschieten " +
        "doodmaken shoot");

    public static readonly HashSet<string> MethodSelf = Set(
        "ophangen ophang verhangen verhang opgehangen verdrinken verdrink vergiftigen vergif overdosis hang hanging drown poison " +
        "neerschieten doodschieten shoot doodrijden dooddrinken doodvriezen doodhongeren doodbloeden doodspringen");

    // ---- self-harm ----
    public static readonly HashSet<string> Harm = Set(
        "snij snijd snijdt snijden sneed sneden gesneden kras krast krassen kraste krasten gekrast " +
        "verwond verwondt verwonden verwondde gewond beschadig beschadigt beschadigen beschadigd " +
        "brand brandt branden brandde verbrand verbranden gebrand bezeer bezeert bezeren bezeerde bezeerd " +
        "opengekrast opengesneden openkrassen opensnijden bijt bijten beet gebeten krab krabt krabben krabde gekrabd " +
        "sla slaat slaan sloeg geslagen cut cuts cutting cutten burn burning burned hurt hurting harm harming hit");

    /// <summary>Harm verbs that also name everyday accidents ("ik heb me verbrand"): with "me" alone they are unsure.</summary>
    public static readonly HashSet<string> WeakHarm = Set(
        "brand brandt branden brandde verbrand verbranden gebrand bezeer bezeert bezeren bezeerde bezeerd sla slaat slaan sloeg geslagen " +
        "gesneden gewond burn burned burning hit hurt bijt bijten beet gebeten krab krabt krabben krabde gekrabd");

    public static readonly HashSet<string> Do = Set("doe doet doen deed deden gedaan do does did doing");

    public static readonly HashSet<string> Body = Set(
        "arm armen pols polsen been benen dij dijen bovenbeen bovenbenen onderarm onderarmen buik huid lichaam lijf hoofd kop keel nek haren " +
        "arms arm wrists wrist legs leg thighs skin body");

    public static readonly HashSet<string> Accident = Set(
        "ongeluk ongelukje ongeval perongeluk koken keuken oven pan strijkijzer papier voetbal sporten training gevallen fiets " +
        "scheren zon vinger voetballen vallen turnen accident accidentally cooking football playing");

    // ---- violence ----
    public static readonly HashSet<string> Violent = Set(
        "sla slaat slaan sloeg sloegen geslagen slagen slagt slaagt klop klopt kloppen klopte klopten geklopt " +
        "duw duwt duwen duwde duwden geduwd knijp knijpt knijpen kneep knepen geknepen " +
        "schop schopt schoppen schopte schopten geschopt stamp stampt stampen stampte stampten gestampt " +
        "trap trapt trappen trapte trapten getrapt stoot stoten gestoten " +
        "dreig dreigt dreigen dreigde dreigden gedreigd bedreig bedreigt bedreigen bedreigde bedreigden bedreigd " +
        "vermoord vermoordt vermoorden vermoordde afmaken afgemaakt doodmaken wurg wurgt wurgen wurgde gewurgd " +
        "opsluiten opgesloten steek steekt stak gestoken mishandelt mishandelen mishandelde mishandeld " +
        "hit hits hitting beat beats beating beaten kick kicks kicked punch punches punched slap slaps slapped " +
        "choke chokes choked strangle strangles push pushes pushed hurts threaten threatens threatened kill kills lock locks locked");

    /// <summary>Verbs that are harmless after a particle: "de hond slaat aan", "ik sla die vraag over", "hij klopt aan".</summary>
    public static readonly HashSet<string> HarmlessParticle = Set("aan over");

    /// <summary>Separable verbs: "hij sluit mij op", "hij maakt mij af", "hij maakt mij dood".</summary>
    public static readonly HashSet<string> LockOrFinish = Set("sluit sluiten sloot sloten maak maakt maken maakte maakten");

    public static readonly HashSet<string> Passive = Set(
        "word wordt worden werd werden ben bent is was waren geweest get gets got am been being");

    public static readonly HashSet<string> ViolentParticiple = Set(
        "geslagen geklopt geduwd geknepen geschopt gestampt getrapt bedreigd gewurgd opgesloten mishandeld gestoken " +
        "gebokst hit beaten kicked punched slapped choked strangled threatened pushed hurt");

    public static readonly HashSet<string> Beating = Set("slaag slagen rammel klappen mep meppen oplawaai oplawaaien");

    public static readonly HashSet<string> Game = Set(
        "spel spelletje schaak schaken voetbal kaarten game games fifa tennis wedstrijd finale match punten race lopen chess cards");

    public static readonly HashSet<string> Afraid = Set("bang schrik afraid scared");

    // ---- abuse ----
    public static readonly HashSet<string> Sit = Set("zit zitten zat zaten gezeten zitte komt komen kwam kwamen");

    public static readonly HashSet<string> Touch = Set("raak raakt raken raakte raakten aangeraakt aanraken aanraakt touch touches touched touching");

    public static readonly HashSet<string> Private = Set(
        "lichaam lijf borst borsten billen poep kont kruis piemel plasser plassertje vagina penis tieten onderkant " +
        "geslachtsdeel broek onderbroek rok kleren slip body private privates");

    public static readonly HashSet<string> Force = Set(
        "dwingt dwingen dwong dwongen gedwongen verplicht moet moest moeten forces forced force makes made");

    public static readonly HashSet<string> Sexual = Set(
        "seks sex naakt naakte bloot blote uitkleden pijpen vingeren neuken tongzoenen piemel penis naaktfoto naaktfotos " +
        "nudes seksueel seksuele sexual sexually");

    public static readonly HashSet<string> Unwanted = Set("ongewenst ongewenste zin wil wou plekken plaatsen nachts fijn prettig mag inappropriately");

    /// <summary>A word class written as one string: "sla slaat slaan".</summary>
    internal static HashSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
