using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>
/// Phrases that signal danger, normalised (lower case, no accents or punctuation), Dutch, Flemish
/// and English. Single words of seven letters or more also match with one typo ("zelfmoort");
/// shorter words and phrases must match as written ("*" in a phrase: up to two words), because a typo-tolerant "slaat" or "dood"
/// would fire on ordinary talk.
/// </summary>
internal static class CrisisLexicon
{
    public static IReadOnlyList<(CrisisCategory Category, string Phrase)> Phrases { get; } =
    [
        .. Of(CrisisCategory.Suicide,
            "zelfmoord", "zelfdoding", "suicide", "suicidaal", "zelfmoordgedachten",
            "ik wil dood", "wil dood", "ik wil liever dood", "wil liever dood zijn", "ik wil sterven",
            "niet meer leven", "niet meer willen leven", "einde aan maken", "eind aan maken", "een einde aan mijn leven",
            "mezelf van kant maken", "van kant maken", "mezelf ophangen", "mezelf doden", "mezelf ombrengen",
            "mezelf om het leven brengen", "mij van kant", "kill myself", "want to die", "end my life", "suicidal"),
        .. Of(CrisisCategory.SelfHarm,
            "automutilatie", "zelfverwonding", "zelfbeschadiging", "mezelf snijden", "me snijden", "snij mezelf",
            "snijd mezelf", "ik snij me", "ik snijd me", "mezelf pijn doen", "mezelf iets aandoen", "mezelf iets aan doen",
            "mezelf verwonden", "mezelf krassen", "self harm", "selfharm", "cut myself", "hurt myself"),
        .. Of(CrisisCategory.Violence,
            "hij slaat me", "slaat me", "slaat mij", "slaan mij", "slaan me", "schopt me", "schopt mij",
            "mishandeld", "mishandelt", "mishandeling", "word * geslagen", "werd * geslagen", "wordt * geslagen", "worden * geslagen",
            "huiselijk geweld", "partnergeweld", "bedreigt me", "bedreigt mij", "hits me", "beats me", "domestic violence"),
        .. Of(CrisisCategory.Abuse,
            "misbruikt", "misbruik", "seksueel misbruik", "verkracht", "verkrachting", "verkragt", "aangerand",
            "aanranding", "incest", "abused", "raped", "molested"),
    ];

    /// <summary>
    /// Figurative speech with "dood" that is no danger signal: removed before matching, so "ik
    /// ben dood moe" or "dood van het lachen" do not alarm, while "ik wil dood" still does.
    /// </summary>
    public static IReadOnlyList<string> Figurative { get; } =
    [
        "dood moe", "doodmoe", "dood van het lachen", "dood van de honger", "dood van de dorst", "dood van de schrik",
        "doodgewoon", "dood van verveling", "doodziek van", "misbruik van vertrouwen",
    ];

    private static IEnumerable<(CrisisCategory, string)> Of(CrisisCategory category, params string[] phrases) =>
        phrases.Select(p => (category, p));
}
