namespace GesprekBot.Language.YesNo;

/// <summary>Flemish and Dutch ways to say yes, no, or "I am not sure", including chat spellings.</summary>
internal static class YesNoLexicon
{
    public static readonly Dictionary<string, Polarity> Words = Build(
        (Polarity.Yes, "ja jaa jawel jep jup jip jap jaja jajaja yep yup yes ye yeah yess ok oke okay okee oki okido okey " +
            "zeker jazeker zekers klopt akkoord goed goe prima inderdaad idd natuurlijk tuurlijk graag juist correct " +
            "precies absoluut sure top super perfect allee allez ja-ja jaat yesss sowieso uiteraard mag vanzelfsprekend"),
        (Polarity.No, "nee neen neeje neej nein nope no nah nop nooit neenee neeneen nenee nie-nee nee-nee nay noppes"),
        (Polarity.Negator, "niet nie ni geen gene niks niets"),
        (Polarity.Unsure, "misschien mss mischien misschiens twijfel twijfels weetniet idk tja hmm hm euh eh mogelijk " +
            "eventueel soms beetje wellicht allicht vermoedelijk waarschijnlijk ongeveer half"));

    /// <summary>Phrases are read before single words, so "geen probleem" is a yes and "niet zeker" is unsure.</summary>
    public static readonly (string[] Words, Polarity Polarity)[] Phrases = BuildPhrases(
        (Polarity.Unsure, "weet ik niet|weet ik nie|weet het niet|weet het nie|weet ik het niet|weet ik het nie|weet niet|wee nie|weet nie|geen idee|geen flauw idee|" +
            "niet zeker|nie zeker|niet zo zeker|niet helemaal zeker|niet echt zeker|ja en nee|kan zijn|zou kunnen|" +
            "hangt ervan af|hangt er van af|hangt af|min of meer|een beetje|ik twijfel|weet ik nog niet|geen benul"),
        (Polarity.Yes, "geen probleem|geen bezwaar|is goed|t is goed|tis goed|das goed|dat is goed|doe maar|ja hoor|" +
            "zeker wel|ik denk het wel|denk het wel|dat klopt|da klopt|liever wel|in orde|all right|allright|" +
            "niets op tegen|niks op tegen|geen enkel probleem|komt in orde|dat mag|is oke|no problem|" +
            "helemaal juist|helemaal akkoord|heel graag|met plezier|dat is juist|ja graag"),
        (Polarity.No, "liever niet|liefst niet|niet akkoord|nie akkoord|klopt niet|klopt nie|dat klopt niet|" +
            "zeker niet|helemaal niet|absoluut niet|echt niet|geen sprake van|nee hoor|niet echt|niet nodig|" +
            "geen zin|ik denk het niet|denk het niet|geen goesting|ik wil niet|wil niet|nee bedankt|nee dank je|" +
            "nee dank u|no way|voor geen geld|niet doen|niet goed|niet juist|klopt niet helemaal|dat is niet juist|" +
            "geen nood|niet meer|liever nie|niet graag"));

    private static Dictionary<string, Polarity> Build(params (Polarity Polarity, string Words)[] groups)
    {
        var map = new Dictionary<string, Polarity>(StringComparer.Ordinal);
        foreach (var (polarity, words) in groups)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[word.Replace("-", string.Empty, StringComparison.Ordinal)] = polarity;
            }
        }

        return map;
    }

    private static (string[] Words, Polarity Polarity)[] BuildPhrases(params (Polarity Polarity, string Phrases)[] groups) =>
        groups
            .SelectMany(g => g.Phrases.Split('|').Select(p => (Words: p.Split(' '), g.Polarity)))
            .OrderByDescending(p => p.Words.Length)
            .ToArray();
}
