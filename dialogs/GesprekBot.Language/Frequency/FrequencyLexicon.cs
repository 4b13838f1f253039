namespace GesprekBot.Language.Frequency;

/// <summary>Words for periods, counts and fixed expressions of how often people meet.</summary>
internal static class FrequencyLexicon
{
    /// <summary>Period words and their length in days ("elke zondag" is once a week).</summary>
    public static readonly Dictionary<string, double> PeriodDays = Build(
        (1, "dag dagen daags ochtend ochtends morgen morgens middag middags avond avonds nacht nachten"),
        (7, "week weken weekend weekends weekenden zaterdag zaterdagen zondag zondagen maandag maandagen " +
            "dinsdag dinsdagen woensdag woensdagen donderdag donderdagen vrijdag vrijdagen wk"),
        (30.4, "maand maanden"),
        (365, "jaar jaren jaartje"));

    /// <summary>Fixed expressions, read before counting; most specific first.</summary>
    public static readonly (string[] Words, ContactFrequency Frequency)[] Phrases = BuildPhrases(
        (ContactFrequency.Never, "bijna nooit|haast nooit|zo goed als nooit|nooit|niet meer|geen contact|nooit meer|" +
            "zie ik niet|spreek ik niet|hoor ik niet|zien elkaar niet|geen contact meer"),
        (ContactFrequency.Daily, "wonen samen|woon samen|woont samen|samenwonen|samenwonend|samen wonen|woon bij|" +
            "woont bij|wonen bij|woon in|woont in|wonen in|in huis|inwonend|onder hetzelfde dak|alle dagen|" +
            "heel de tijd|de hele tijd|altijd|constant|dagelijks|elke dag|iedere dag|bijna elke dag|elke dag wel|" +
            "bijna dagelijks|om de dag|om de andere dag|heel vaak|zeer vaak|superveel"),
        (ContactFrequency.Weekly, "wekelijks|tweewekelijks|veertiendaags|om de week|regelmatig|vaak|geregeld|dikwijls|" +
            "veel|elk weekend|ieder weekend|in het weekend|tijdens het weekend"),
        (ContactFrequency.Monthly, "maandelijks|af en toe|soms|nu en dan|van tijd tot tijd|eens in de zoveel tijd|" +
            "niet zo vaak|niet vaak|een paar keer per maand"),
        (ContactFrequency.Yearly, "jaarlijks|zelden|heel soms|met kerst|met kerstmis|op kerst|kerstmis|kerst|nieuwjaar|" +
            "met nieuwjaar|verjaardag|verjaardagen|op feesten|familiefeesten|feestdagen|pasen|vakantie|vakanties|zomervakantie|kerstvakantie|paasvakantie|herfstvakantie|krokusvakantie|schoolvakanties|" +
            "in de zomer|op trouwfeesten|begrafenissen|trouwfeest|af en toe eens per jaar|een paar keer per jaar|" +
            "enkele keren per jaar|driemaandelijks|halfjaarlijks|bijna niet|amper|nauwelijks"));

    /// <summary>Words that count occurrences ("2 keer", "paar keer", "2x").</summary>
    public static readonly HashSet<string> TimesWords = new(StringComparer.Ordinal) { "keer", "keren", "maal", "x", "keertje", "keertjes" };

    /// <summary>Vague amounts ("een paar keer per week").</summary>
    public static readonly Dictionary<string, int> VagueCounts = new(StringComparer.Ordinal)
    {
        ["paar"] = 3, ["enkele"] = 3, ["aantal"] = 3, ["meerdere"] = 3, ["verschillende"] = 3, ["wat"] = 2, ["veel"] = 4,
    };

    /// <summary>Words that say "each": "elke week", "iedere maand", "alle weekends".</summary>
    public static readonly HashSet<string> EachWords = new(StringComparer.Ordinal) { "elke", "ieder", "iedere", "elk", "alle", "per", "a", "in", "op", "de", "om" };

    private static Dictionary<string, double> Build(params (double Days, string Words)[] groups)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (days, words) in groups)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[word] = days;
            }
        }

        return map;
    }

    private static (string[] Words, ContactFrequency Frequency)[] BuildPhrases(params (ContactFrequency Frequency, string Phrases)[] groups) =>
        groups
            .SelectMany(g => g.Phrases.Split('|').Select(p => (Words: p.Split(' '), g.Frequency)))
            .ToArray();
}
