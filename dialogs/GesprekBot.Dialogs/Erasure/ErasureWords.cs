namespace GesprekBot.Dialogs.Erasure;

/// <summary>The words <see cref="ErasureRequest"/> reads the shape of a request from (normalised: lower case, no accents).</summary>
internal static class ErasureWords
{
    public const int MaxWords = 12;

    // Imperatives, infinitives and the forms a modal takes: the client tells the bot to erase.
    public static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "wis", "wissen", "uitwissen", "wisse", "verwijder", "verwijderen", "schrap", "schrappen",
        "vernietig", "vernietigen", "wegdoen", "weggooien", "weghalen", "delete", "deleten", "erase", "remove", "wipe",
    };

    // Present tense that reads as "you erase": only with je/jij/u before it ("ik wist alles" is "I knew").
    public static readonly HashSet<string> YouForms = new(StringComparer.Ordinal) { "wist", "verwijdert", "schrapt", "vernietigt" };

    public static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "gewist", "verwijderd", "geschrapt", "vernietigd", "deleted", "erased", "removed", "wiped",
    };

    public static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "worden", "wordt", "word", "laten", "laat", "wil", "wilt", "moet", "mag", "kan", "kunnen", "be", "get", "want",
    };

    // "doe alles weg", "haal mijn gegevens weg"
    public static readonly HashSet<string> AwayVerbs = new(StringComparer.Ordinal) { "doe", "haal", "gooi" };

    public static readonly HashSet<string> You = new(StringComparer.Ordinal) { "je", "jij", "ge", "gij", "u", "you" };

    public static readonly HashSet<string> OtherSubjects = new(StringComparer.Ordinal) { "hij", "zij", "ze", "he", "she", "they" };

    public static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "niet", "nie", "niets", "niks", "geen", "nooit", "not", "dont", "don", "never", "nothing",
    };

    public static readonly HashSet<string> Data = new(StringComparer.Ordinal)
    {
        "alles", "allemaal", "gegevens", "persoonsgegevens", "data", "info", "informatie", "antwoorden", "dossier",
        "account", "profiel", "gesprek", "gesprekken", "chat", "conversatie", "everything", "all", "details",
        "information", "answers", "conversation", "record", "profile",
    };

    // With the verb, only these words: "verwijder dat", "wis het laatste", "delete that".
    public static readonly HashSet<string> OneThing = new(StringComparer.Ordinal)
    {
        "dat", "dit", "het", "die", "de", "mijn", "laatste", "vorige", "that", "this", "it", "the", "my", "last",
        "ik", "wil", "i", "want", "to",
    };

    public static readonly HashSet<string> Of = new(StringComparer.Ordinal) { "van", "over", "rond", "behalve", "uit", "about", "of", "from", "except" };

    public static readonly HashSet<string> Mine = new(StringComparer.Ordinal)
    {
        "mij", "me", "mezelf", "mijzelf", "myself", "dit", "deze", "this", "ons",
    };

    public static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "aub", "ajb", "alsjeblieft", "alstublieft", "asjeblieft", "astublieft", "svp", "pls", "plz", "please", "graag",
        "a", "b", "nu", "even", "eens", "maar", "toch", "gewoon", "meteen", "direct", "snel", "ok", "oke", "sorry",
    };
}
