using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Self-harm told by its traces and its excuses, with no harm verb aimed at oneself: the pet blamed for
/// the marks, always or to everyone ("ik zeg altijd dat het de kat was"); a lie about the plasters; a
/// cover story followed by "ik doe het zelf"; burning again with a lighter, "het weer gedaan met de
/// schaar" and the bleeding; "clean" of cutting counted and lost; the marks on one's legs counted; not
/// swimming any more "want dan zien ze mijn armen". An excuse without an injury word is unsure.
/// </summary>
internal static class CoverCues
{
    private static readonly HashSet<string> Say = TraceRules.Say;
    private static readonly HashSet<string> Marks = Set(
        "pleisters pleister wonden wondjes sneetjes snijwonden littekens krassen krasjes streepjes lijntjes verband armen polsen cuts scratches scars marks bandages arms wrists");
    private static readonly HashSet<string> Limbs = Set("armen arm benen polsen pols dijen buik arms legs wrists thighs");
    private static readonly HashSet<string> Relapse = Set("weer opnieuw terug again");
    private static readonly HashSet<string> Bleeding = Set("bloedde bloedden bloedt bloeden bloed gebloed bled bleeding blood");
    private static readonly HashSet<string> Blades = [.. ConceptLexicon.Tools, "schaar", "schaartje", "passer", "scissors"];
    private static readonly HashSet<string> Cutting = Set(
        "snijden krassen kerven branden gesneden gekrast gekerfd gebrand automutilatie zelfbeschadiging cutting selfharm harming cut");
    private static readonly HashSet<string> Candles = Set("kaars kaarsen kaarsje kaarsjes wierook vuur haard barbecue bbq sigaret candle candles fire");

    public static readonly IReadOnlyList<Cue> Cues = [
        // "ik zeg altijd dat het de kat was", "i tell everyone the cuts are from my cat" (not "ik zei dat de kat de vaas omgooide")
        new(CrisisKind.SelfHarm, Set("kat poes hond konijn cat dog"), [Say, Set("altijd iedereen everyone everybody always"), Set("was is were are van from deed gedaan")], 10)
            { Heedless = true, SureOnlyWith = Marks },
        // "de verpleegster vroeg naar de pleisters op mijn pols en ik heb gelogen"
        new(CrisisKind.SelfHarm, Marks, [Set("gelogen lieg loog gelogen smoes smoesje uitvlucht verzonnen lied lie lying excuse")], 12) { Unsure = true, Heedless = true },
        // "ik zeg dat ik tegen de kast ben gelopen, maar ik doe het zelf"
        new(CrisisKind.SelfHarm, Set("zelf myself expres opzettelijk"), [Say, Set("gelopen gevallen gestoten gebotst ongeluk ongelukje fell bumped accident")], 14)
            { Heedless = true, SureOnlyWith = Set("doe deed gedaan do did doing") },
        // "ik heb het weer gedaan met de schaar, het bloedde lang" (the kitchen knife is HarmlessContext's)
        new(CrisisKind.SelfHarm, Blades, [Relapse, Bleeding], 10),
        // "ik heb weer gebrand met een aansteker" (not the candles)
        new(CrisisKind.SelfHarm, Set("gebrand brand branden verbrand burned burnt burn"), [Relapse, Set("aansteker aanstekers lucifer lucifers strijkijzer lighter")], 6)
            { Self = false, Unless = [.. Candles, .. Set("hij zij ze he she they")] },
        // "niemand mag die lijnen zien", "brandwondjes van de aansteker, niemand weet het", "nobody sees the marks on my wrists" (not a tattoo)
        new(CrisisKind.SelfHarm, Set("lijnen lijntjes streepjes brandwondjes brandwonden wondjes krassen littekens sneetjes marks scars cuts lines"),
            [Set("niemand nobody noone verstop verstoppen verberg bedekt bedek hide hidden covered cover"), Set("zien ziet weet weten mag sees see knows")], 8)
            { Unsure = true, Heedless = true, Unless = Set("tattoo tatoeage tattoos operatie operation acne puistjes") },
        new(CrisisKind.SelfHarm, Set("pleisters pleister verband bandages"), [Set("verstop verstoppen verberg onder hide under"), Limbs], 8) { Unsure = true, Heedless = true },
        // "gisteren heb ik het weer gedaan, met een glasscherf" (not the hair cut again with scissors)
        new(CrisisKind.SelfHarm, [.. Blades, "glasscherf", "scherf"], [Relapse, Set("gedaan deed doe did done")], 8) { Unless = Set("haar haren knippen geknipt papier knutselen hair") },
        // "drie maanden clean van snijden en gisteren terug op nul"
        new(CrisisKind.SelfHarm, Set("clean"), [Cutting], 8) { Self = false, Unless = Set("hij zij ze he she broer zus vriend vriendin"), SureOnlyWith = Set("nul terug weer opnieuw hervallen herval relapsed again zero") },
        // "ik kijk naar de streepjes op mijn benen en ik tel ze"
        new(CrisisKind.SelfHarm, Set("tel tellen telde count counting"), [Set("streepjes strepen lijnen lijntjes littekens sneetjes krassen lines scars cuts"), Limbs], 10) { Unsure = true },
        // "ik ga niet meer zwemmen want dan zien ze mijn armen" (not unshaven legs)
        new(CrisisKind.SelfHarm, Limbs, [Set("zien ziet see"), Set("dan want zodat anders"), Set("zwemmen zwemles zwembad korte tshirt topje kleedkamer swim shorts niemand")], 10)
            { Unsure = true, Heedless = true, Unless = Set("geschoren scheren haar haren tattoo tatoeage dik dikke vet spieren") },
    ];
}
