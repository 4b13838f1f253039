using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Violence told by its means, its threats and its control, and abuse told as care or as a deal:
/// beaten with a belt or a stick, a slap or a head-butt "van" someone, "anders wordt het nog erger",
/// "ge weet nooit wat er dan gebeurt", not allowed out, the children threatened, found everywhere, a
/// knife laid down in a fight, checking someone's mood before coming in; washed "tussen mijn benen",
/// "nice to him at night" for a room, "dingen met hem" that must be done, men for money, sold, waking
/// undressed after drinking, a secret kept in bed. Fear and control alone are unsure.
/// </summary>
internal static class ControlCues
{
    private static readonly HashSet<string> Partner = Set("ex exvriend exman lief vent man vriend partner");

    public static readonly IReadOnlyList<Cue> Cues = [
        // "hij slaat ons met de broeksriem", "klop met de stok"
        new(CrisisKind.Violence, Set("slagen slaag slaan slaat sloeg geslagen klop klopt kloppen geklopt klappen"),
            [Set("riem broeksriem stok lat pantoffel kabel zweep snoer belt stick")], 4) { Unless = Set("eieren room tapijt tennis golf") },
        // "ik kreeg nen oorveeg van mijn pa", "een kopstoot van mijne vent"
        new(CrisisKind.Violence, Set("tik oorveeg oorvijg kaakslag klets kopstoot vuistslag mot"),
            [Set("krijg krijgt krijgen kreeg kregen gekregen geeft gaf gegeven door van")], 4) { Other = true },
        // "anders wordt het thuis nog erger"
        new(CrisisKind.Violence, Set("erger worse"), [Set("wordt worden werd gets get"), Set("thuis hij ze hem zij home he she him")], 10)
            { Unsure = true, Unless = Set("pijn ziekte rug regen punten examen pain weer") },
        // "ge weet nooit wat hij dan doet of wat er gebeurt"
        new(CrisisKind.Violence, Set("gebeurt gebeuren happens happen"), [Set("nooit never"), Set("weet weten know")], 5) { Unsure = true, Other = true },
        // "ik mag nie alleen buiten", "he does not let me out"
        new(CrisisKind.Violence, Set("buiten out"), [Set("mag mocht mogen laat liet allowed let lets"), Set("alleen niet nie ni nooit never only")], 5)
            { Unsure = true, Other = true, Unless = Set("dokter ziek koorts regen corona quarantaine griep doctor sick donker huiswerk spelen") },
        // "hij zei da ik mijn zoon nooit meer ga zien"
        new(CrisisKind.Violence, Set("kinderen kids children dochter zoon"),
            [Set("nooit never"), Set("terugzie terugzien zien afpakken afnemen meenemen see take"), Set("zegt zei gezegd zeggen dreigt dreigde gedreigd says said threatens threatened")], 16)
            { Other = true },
        // "hij zal mij overal vinden"
        new(CrisisKind.Violence, Set("vinden vindt find"), [Set("overal everywhere anywhere wherever")], 3) { Unsure = true, Other = true },
        // "tijdens de ruzie legde hij het mes op tafel"
        new(CrisisKind.Violence, Set("mes messen pistool geweer wapen knife gun"),
            [Set("ruzie kwaad boos volgende gebruik gebruiken gebruikt dreigend waarschuwing use fight angry next")], 10) { Other = true },
        // "ik kijk eerst in welke bui hij is"
        new(CrisisKind.Violence, Set("bui humeur mood"), [Set("welke which what"), Set("kijk kijken check eerst first")], 6) { Unsure = true, Other = true },
        // "ik tril als ik hem thuis hoor komen"
        new(CrisisKind.Violence, Set("trillen tril beven bibberen shaking trembling"), [Set("thuiskom thuis home"), Set("hij zijn hem he his him")], 10) { Unsure = true },
        // "ze gaan mijn zus iets aandoen als ik nie betaal"
        new(CrisisKind.Violence, Set("aandoen aangedaan"), [Set("iets something"), Set("als if anders")], 8) { Other = true },
        // "hij controleert al mijn berichten", "ik mag geen eigen bankkaart hebben"
        new(CrisisKind.Violence, Set("berichten messages gsm phone bankkaart"), [Set("leest lezen checkt controleert controleren reads checks mag geen")], 4) { Unsure = true, Other = true },
        // "mijn ex staat elke nacht aan mijn deur"
        new(CrisisKind.Violence, Set("deur door"), [Set("staat stond staan stands"), Set("elke iedere every altijd"), Partner], 6) { Unsure = true },

        // "hij wast mij tussen mijn benen, ook al kan ik da zelf"
        new(CrisisKind.Abuse, Set("tussen between"), [Set("benen dijen legs thighs"), Set("wast wassen waste gewassen zit zat zitten raakt aanraken voelt wrijft washes touches")], 8)
            { Other = true, SureOnlyWith = Set("lang moet moest zelf fijn wil wou niemand geheim always long must altijd") },
        // "i can stay for free if i am nice to him at night"
        new(CrisisKind.Abuse, Set("nice lief liefjes aardig vriendelijk"), [Set("night nacht nachts snachts avonds"), Set("him hem")], 6),
        // "i must do things with him"
        new(CrisisKind.Abuse, Set("dingen things stuff"), [Set("met with"), Set("hem him"), Set("moet moest must have")], 5)
            { Unless = Set("regelen bespreken organiseren plannen werk school huiswerk project discuss plan") },
        // "ik moet met mannen mee voor geld"
        new(CrisisKind.Abuse, Set("mannen men klanten clients"), [Set("meegaan mee slapen sleep go"), Set("geld money betalen betaalt pay")], 6),
        // "hij verkoopt mij aan zijn vrienden"
        new(CrisisKind.Abuse, Set("verkoopt verkocht verkopen sells sold"), [ConceptLexicon.ObjectSelf, Set("mannen men andere vrienden friends")], 4),
        // "ik werd wakker zonder kleren en wist niks meer"
        new(CrisisKind.Abuse, Set("wakker woke"), [Set("broek kleren onderbroek slip naakt bloot clothes pants naked underwear"),
            Set("gedronken dronken drunk drugs drankje niks niets nothing herinner remember")], 12) { Unsure = true },
        // "hij stopt nie als ik nee zeg", "ik zei da ik nie wou ma hij deed het toch"
        new(CrisisKind.Abuse, Set("nee no"), [Set("stopt stop stopte stops stopped"), CrisisWords.Not], 5) { Unsure = true, Other = true },
        new(CrisisKind.Abuse, Set("toch anyway"), [Set("gedaan deed did"), Set("wou wilde wanted"), CrisisWords.Not], 8) { Other = true },
        // "he forces me in bed"
        new(CrisisKind.Abuse, Set("forces forced dwingt dwong gedwongen verplicht"), [Set("bed"), ConceptLexicon.ObjectSelf], 4),
        // "hij kietelt mij op plekken waar het nie mag" (a tickle is harmless, the place is not)
        new(CrisisKind.Abuse, Set("plekjes plekken plaatsen places spots"), [Set("mag mocht mogen allowed"), CrisisWords.Not], 4) { Other = true, Heedless = true },
        // "foto's zonder t-shirt sturen", "turn on my camera in my bedroom"
        new(CrisisKind.Abuse, Set("fotos foto pictures photos picture filmpje filmpjes"), [Set("zonder without"), Set("kleren tshirt shirt topje broek clothes")], 5) { Other = true },
        new(CrisisKind.Abuse, Set("camera webcam cam"), [Set("bedroom slaapkamer bed kamer")], 6) { Unsure = true, Other = true },
        // "hij zegt da ik veel volwassener ben dan de meisjes van mijn klas"
        new(CrisisKind.Abuse, Set("volwassener mature rijper"), [Set("leeftijd age meisjes jongens klas girls boys")], 8) { Unsure = true, Other = true },
        // "een geheimpje dat mama nie mag weten"
        new(CrisisKind.Abuse, Set("geheim geheimpje secret"), [Set("mama papa ma pa mum mom parents ouders"), Set("weten know tell zeggen vertellen"), CrisisWords.Not], 10)
            { Unsure = true, Other = true, Unless = Set("verrassing cadeau verjaardag surprise feest") },
        // "da doet pijn aan mijn plasser"
        new(CrisisKind.Abuse, Set("plasser plassertje piemel vagina kruis onderkant poep"), [Set("pijn hurt hurts")], 6)
            { Other = true, Unless = Set("dokter huisarts plassen blaasontsteking ontsteking doctor") },
        // "mijn broer heeft dingen met mij gedaan toen ik klein was"
        new(CrisisKind.Abuse, Set("dingen things"), [Set("met with"), ConceptLexicon.ObjectSelf, Set("gedaan did done")], 5)
            { Other = true, Unless = Set("leuke leuk fijne toffe uitstapjes fun nice"), SureOnlyWith = Set("klein jong kind little young geheim pijn") },
        // "hij komt in mijn kamer en zegt dat het ons geheimpje is"
        new(CrisisKind.Abuse, Set("geheim geheimpje geheimen secret"), [Set("bed bedje kamer slaapkamer douche bad bedroom shower bath")], 10)
            { Other = true, SureOnlyWith = Set("nachts snachts night nacht") },
    ];
}
