namespace GesprekBot.Language.Crisis;

/// <summary>
/// Words that make the concept layer's combinations harmless: cooking ("eieren kloppen"), sport
/// and games ("ik sla op de zak", "in fortnite neergeschoten"), films and books, pets, accidents
/// and affection ("knijpt mij in mijn wang"). The clause rules have their own; these keep the wider window honest.
/// </summary>
internal static class HarmlessContext
{
    private static readonly HashSet<string> Words = [
        "koken", "kook", "kookt", "gekookt", "keuken", "recept", "oven", "pan", "groenten", "snijbonen", "brood", "broodmes", "vlees", "ui", "uien",
        "eieren", "eiwit", "room", "taart", "deeg", "suiker", "cooking", "kitchen", "vegetables",
        "voetbal", "voetballen", "match", "wedstrijd", "training", "boksclub", "boksen", "zak", "judo", "sport", "sporten", "turnen", "bal", "doel",
        "schaak", "schaken", "chess", "football", "gym", "game", "games", "gamen", "fortnite", "fifa", "minecraft", "level", "spel", "spelletje",
        "film", "serie", "sketch", "boek", "detective", "movie", "series", "book", "haha", "lol", "grap", "grapje",
        "hond", "kat", "poes", "konijn", "paard", "dog", "cat",
        "ongeluk", "ongelukje", "perongeluk", "ongeval", "gevallen", "fiets", "accident", "accidentally", "papier",
        "schouder", "wang", "wangen", "schattig", "kietelt", "kietelen", "knuffel", "knuffelt", "turnles", "zwemles", "sportles", "les", "lessen"];

    public static bool In(CrisisScan s, Clause w) => ConceptWindow.Any(s, w, Words) || ConceptWindow.Any(s, w, CrisisWords.Game) || AfEnToe(s, w) || Sport(s, w);

    /// <summary>Sport compounds no list holds whole: "voetbalmatch", "judowedstrijd", "bokstraining".</summary>
    public static bool Sport(CrisisScan s, Clause w) =>
        ConceptWindow.Find(s, w, (x, k) => x[k].Length > 6 && SportEndings.Any(e => x[k].EndsWith(e, StringComparison.Ordinal))) >= 0;

    private static readonly string[] SportEndings = ["match", "wedstrijd", "training", "toernooi", "tornooi", "voetbal"];

    /// <summary>"af en toe" is "now and then", not "af" closing a verb.</summary>
    private static bool AfEnToe(CrisisScan s, Clause w)
    {
        var af = s.Find("af", w.Start, w.End);
        return af >= 0 && s.Is(af + 1, "en") && s.Is(af + 2, "toe");
    }
}
