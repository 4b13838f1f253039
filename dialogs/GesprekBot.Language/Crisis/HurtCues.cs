using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Self-harm, violence and abuse by concept: burning or hitting oneself ("sigaretten uitduwen op mijn
/// arm", "met mijn vuist tegen de muur tot …", "een mesje pakken en rust voelen"); violence as a noun
/// or a punishment ("kloppen krijgen", "een lap geven", "bij de keel", "buiten slapen als straf",
/// locked in, a weapon and a threat, "kapotmaken als ik klik"); abuse by touch moving up, forced
/// sex with others, and pain kept secret.
/// </summary>
internal static class HurtCues
{
    private static readonly HashSet<string> Cigarette = Set("sigaret sigaretten sigaar peuk peuken cigarette cigarettes");
    private static readonly HashSet<string> StubOut = Set("uit uitduwen uitgeduwd uitdrukken uitgedrukt uitduw duw duwt druk drukt");
    private static readonly HashSet<string> Burns = Set("burns burn burned burnt brandt brand verbrandt");
    private static readonly HashSet<string> OwnBody = [.. ConceptLexicon.Body, "knokkels", "vel"];
    private static readonly HashSet<string> Others = [.. CrisisWords.OtherPronouns, "man", "vrouw", "pa", "ma", "papa", "mama", "vader", "moeder", "lief", "vriend", "broer", "zus"];

    public static readonly IReadOnlyList<Cue> Cues = [
        // "ik duw sigaretten uit op mijn arm" (the client) — and someone else doing it is violence below.
        new(CrisisKind.SelfHarm, Cigarette, [StubOut, OwnBody], 6) { Unless = Others },
        new(CrisisKind.Violence, Cigarette, [Burns, ConceptLexicon.Us], 6) { Other = true },
        new(CrisisKind.Violence, Cigarette, [StubOut, OwnBody], 6) { Other = true },
        // "ik sla expres met mijn vuist tegen de muur tot mijn knokkels openliggen"
        new(CrisisKind.SelfHarm, Set("muur deur wall"), [Set("vuist vuisten hoofd kop fist head"), Set("sla slaan sloeg bonk bonken beuk beuken klop hit bang bash")], 8)
            { Unless = Others, SureOnlyWith = Set("expres bloed bloeden bloedt open openliggen knokkels gebroken purpose bleed bleeding") },
        // "sometimes i punch walls until my knuckles break"
        new(CrisisKind.SelfHarm, Set("muur muren deur wall walls"), [Set("punch punches punched punching stomp stomp")], 4)
            { Unless = Others, SureOnlyWith = Set("expres bloed bloeden bloedt open knokkels gebroken purpose bleed bleeding knuckles break broke") },
        // "ik pak een mesje en dan voel ik even rust"
        new(CrisisKind.SelfHarm, Set("mesje mes scheermesje scheermes blade razor"), [Set("rust opluchting kalm kalmte relief calm")], 8) { Unsure = true },
        // "ik krijg kloppen van mijn broer", "hij geeft mij een lap"
        new(CrisisKind.Violence, Set("kloppen klop lap lappen rammel slaag klappen mep meppen oplawaai"),
            [Set("krijg krijgt krijgen kreeg kregen gekregen geeft geven gaf gegeven verkoopt verkopen")], 3) { Unless = Set("poetsen kuisen afwassen stof afdrogen deur hart") },
        // "hij houdt mij vast bij de keel"
        new(CrisisKind.Violence, Set("keel hals throat"), [Set("vast vastgehouden vasthouden houdt grijpt greep pakt pakte knijpt dichtgeknepen dicht grabs grabbed holds held")], 5) { Other = true, Danger = true },
        // "ik moet buiten slapen in de kou als straf"
        new(CrisisKind.Violence, Set("straf strafte gestraft punishment"), [Set("buiten kou kelder opgesloten kast honger zolder outside cold")], 8) { Unsure = true },
        // "ze laten mij nie buiten, de deur is altijd op slot en ik mag nie bellen"
        new(CrisisKind.Violence, Set("slot opgesloten locked"), [Set("buiten bellen eruit out call"), CrisisWords.Not], 10) { Unsure = true, Unless = Set("sleutel sleutels key keys kwijt vergeten") },
        // "hij heeft een pistool en zegt dat hij ons allemaal gaat neerschieten"
        new(CrisisKind.Violence, Set("pistool geweer revolver gun wapen wapens knife mes"),
            [Set("neerschieten doodschieten vermoorden afmaken kapotmaken schieten doodmaken neersteken kill shoot stab"), ConceptLexicon.Us], 10) { Self = false, Danger = true },
        // "ze gaan mij kapotmaken als ik ga klikken"
        new(CrisisKind.Violence, Set("kapotmaken kapotslaan afranselen afrossen neerslaan"), [ConceptLexicon.Us], 4) { Self = false },
        // "de taxichauffeur zat aan mijn been en hoger"
        new(CrisisKind.Abuse, Set("hoger higher omhoog"), [Set("zat zit zitten kwam aan hand handen"), Set("been benen dij dijen knie leg legs thigh")], 7) { Other = true },
        // "mijn lief verplicht mij om met zijn vrienden te slapen"
        new(CrisisKind.Abuse, Set("slapen slaap sleep"), [Set("met with"), Set("verplicht verplichten verplichtte dwingt dwingen dwong gedwongen forces forced makes")], 7),
        // "hij doet dingen die pijn doen en ik mag da aan niemand zeggen"
        new(CrisisKind.Abuse, Set("niemand nobody geheim secret"), [Set("zeggen vertellen zegt tell"), Set("pijn hurt hurts")], 14) { Unsure = true },
        new(CrisisKind.Abuse, Set("dingen things"), [Set("pijn hurt"), Set("bad bed douche bath shower")], 10) { Other = true },
    ];
}
