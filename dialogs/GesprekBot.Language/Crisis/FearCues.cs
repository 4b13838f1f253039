using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Violence told through fear, with no violence verb: not daring to go home, hiding or locking oneself in
/// when someone comes home angry or drunk, walking on eggshells or on tiptoe around someone, trembling at
/// the sound of someone arriving, a bag packed to flee, shoes on in bed, bruises whose author may not be
/// named, "dan is het mijn beurt", thrown against a wall. Fear alone has ordinary readings (the dentist,
/// the dark, hide-and-seek), so most are unsure; a temper or a person's drinking beside it makes it sure.
/// </summary>
internal static class FearCues
{
    /// <summary>Someone's temper or drinking: what a client at home is afraid of.</summary>
    private static readonly HashSet<string> Temper = Set(
        "kwaad boos dronken gedronken agressief woedend razend ontploft ontploffen roepen roept brullen brult schreeuwen schreeuwt tieren tiert zuipt gezopen angry drunk drinking mad raging yells yelling shouting screams");

    /// <summary>The temper itself, not a call to dinner: what makes a fear sure.</summary>
    private static readonly HashSet<string> Rage = Set("kwaad boos dronken gedronken agressief woedend razend ontploft zuipt gezopen angry drunk drinking raging");
    private static readonly HashSet<string> Afraid = Set("bang schrik angst durf durven durft dare scared afraid");
    private static readonly HashSet<string> Home = Set("huis thuis home");
    private static readonly HashSet<string> Ordinary = Set("bellen donker alleen nacht fietsen rijden trein bus telefoneren tandarts dark alone night call");
    private static readonly HashSet<string> Hide = Set("verstop verstoppen verstopt verstopte verberg verbergen verborg hide hiding hid");
    private static readonly HashSet<string> HideSelf = Set("mij me mezelf zich ons onszelf myself ourselves themselves");
    private static readonly HashSet<string> Play = Set("verstoppertje spel spelletje spelen game zoeken verrassing cadeau surprise paaseieren");
    private static readonly HashSet<string> Arrival = Set("thuiskomt thuiskomen thuis binnenkomt komt auto sleutels sleutel deur oprit voetstappen stappen stem home car keys door steps voice");
    private static readonly HashSet<string> Tremble = Set(
        "trillen tril trilt trilde beven beef beeft beefde bibberen bibber verstijf verstijfd verstijven bevries bevries bevriezen adem hartkloppingen shaking shake trembling tremble freeze breath");
    private static readonly HashSet<string> His = Set("zijn hem hij zij haar his he him her hes");
    private static readonly HashSet<string> Flee = Set("vluchten wegvluchten wegvlucht ontsnappen weglopen weg flee escape run leave");
    private static readonly HashSet<string> Ready = Set("klaar klaarstaan klaarliggen klaarstaat klaarligt gepakt ingepakt ready packed");
    private static readonly HashSet<string> War = Set(
        "oorlog land syrie afghanistan oekraine eritrea brand overstroming reis vakantie luchthaven vliegtuig vlucht vertrekt trip holiday airport war country fire flight");
    private static readonly HashSet<string> Bruises = Set("blauwe blauw plekken plek oog wonden wonde buil bruise bruises black eye");

    public static readonly IReadOnlyList<Cue> Cues = [
        // "ik durf niet naar huis", "i'm scared to go home when he's been drinking" (not "naar huis bellen", not in the dark)
        new(CrisisKind.Violence, Home, [Afraid, Set("naar go to")], 8)
            { Unless = Ordinary, SureOnlyWith = [.. Rage, .. Set("hij he hem him slaat klop")] },
        // "als hij thuiskomt verstop ik mij", "de kinderen verstoppen zich als papa begint te roepen" (not hide-and-seek)
        new(CrisisKind.Violence, Hide, [HideSelf, Set("als wanneer when thuiskomt komt")], 8)
            { Self = false, Other = true, Unless = Play, SureOnlyWith = Rage },
        // "als mijn vader gedronken heeft doe ik de deur op slot", "mama en ik slapen bij de buren als hij kwaad is"
        new(CrisisKind.Violence, Rage, [Set("slot buren buurvrouw buurman vluchten lock neighbours")], 15)
            { Unsure = true, Other = true, Unless = Set("feest cafe kroeg party pub opruimen opruim ruim vuil rommel kuisen") },
        // "ik voel mij niet veilig thuis", "i don't feel safe at home" (not a leaking roof)
        new(CrisisKind.Violence, Home, [Set("veilig safe"), [.. Not, .. EnglishNot]], 8) { Unsure = true, Unless = Set("dak lekt brand elektriciteit schimmel trap buurt roof") },
        // "op mijn tenen lopen thuis", "ik loop op eieren bij hem" (not to reach a shelf or past a sleeping baby)
        new(CrisisKind.Violence, Set("tenen eieren eierschalen eggshells tiptoe tiptoeing"), [Set("lopen loop loopt liep walk walking"), Set("thuis hem hij bij home him he around")], 8)
            { Unsure = true, Heedless = true, Unless = Set("baby wakker slaapt slapen dansen ballet kast plank") },
        // "ik hoor zijn auto op de oprit en ik begin te beven", "ik hoor zijn sleutels in de deur en ik tril"
        new(CrisisKind.Violence, Tremble, [Set("hoor hoort horen hear hears"), His, Arrival], 14) { Unsure = true, Unless = Set("verliefd verliefdheid vlinders blij kou koud spannend") },
        // "een tas klaarstaan voor als ik moet vluchten", "ik slaap met mijn schoenen aan voor als ik snel weg moet"
        new(CrisisKind.Violence, Flee, [Ready, Set("als if")], 10) { Unsure = true, Unless = War },
        new(CrisisKind.Violence, Set("schoenen kleren jas shoes clothes"), [Set("slaap slapen slapen sliep sleep"), Set("aan on"), Set("weg vluchten snel")], 10) { Unsure = true, Unless = War },
        // "mijn paspoort bij mijn zus gelegd voor als ik plots moet vertrekken van hem"
        new(CrisisKind.Violence, Set("paspoort identiteitskaart papieren bankkaart passport documents"), [Set("als if"), Set("vertrekken weg vluchten weggaan leave flee")], 10)
            { Unsure = true, Other = true, Unless = War },
        // "ik kijk eerst door het raam of zijn auto er staat voor ik binnen ga"
        new(CrisisKind.Violence, Set("binnen binnenga binnenkom inside"), [Set("eerst first"), Set("kijk kijken check"), His], 12) { Unsure = true, Heedless = true },
        // "i hide in the bathroom when my dad comes home angry"
        new(CrisisKind.Violence, Set("hide hiding"), [Set("i"), Set("when"), Set("in under behind bathroom room closet bed")], 8)
            { Unsure = true, Self = false, Other = true, Unless = [.. Play, .. Set("presents gifts present gift candy chocolate phone")], SureOnlyWith = Rage },
        // "ik heb blauwe plekken maar ik mag niet zeggen van wie"
        new(CrisisKind.Violence, Set("wie who"), [Set("zeggen vertellen say tell"), Set("mag mocht mogen allowed cant"), Bruises], 12),
        // "dan ontploft hij en dan is het mijn beurt"
        new(CrisisKind.Violence, Set("beurt turn"), [Set("mijn my"), Temper], 12) { Unsure = true, Other = true, Unless = Set("spel spelletje game kaarten dobbelsteen") },
        // "ik ben bang dat hij mij iets aandoet", "… ons iets aandoet" (not afraid that he harms himself)
        new(CrisisKind.Violence, Set("aandoet aandoen aandeed aandoe"), [Afraid, ConceptLexicon.Us], 8) { Self = false, Other = true, Unless = Set("zichzelf zich himself herself") },
        // "hij smeet mijn gsm kapot en zei dat ik de volgende ben"
        new(CrisisKind.Violence, Set("volgende next"), [Set("ik i im"), Set("ben am"), Set("kapot kapotgegooid kapotgesmeten gegooid gesmeten gebroken stukgeslagen smashed broke threw zei gezegd zegt dreigt said says")], 10)
            { Unsure = true, Other = true, Unless = Set("rij beurt wachtrij line queue klant patient") },
        // "hoe het thuis gaat? ik zeg altijd da ik van de trap gevallen ben": a fall told always, as a cover (one's own doing is CoverCues')
        new(CrisisKind.Violence, Set("gevallen gestoten gebotst fell"), [TraceRules.Say, Set("altijd always iedereen everyone everybody")], 10)
            { Unsure = true, Heedless = true, Unless = Set("zelf myself expres fiets ijs skate") },
        // "he threw me against the wall", "hij smeet mij tegen de kast"
        new(CrisisKind.Violence, Set("threw throws thrown gooide gooit gegooid smeet smijt gesmeten duwde duwt geduwd pushed"),
            [ConceptLexicon.ObjectSelf, Set("muur wall kast grond vloer floor trap stairs deur door")], 6) { Self = false, Other = true },
    ];
}
