namespace GesprekBot.Language.Numbers;

/// <summary>
/// Dutch number words (after normalisation, so "drieën" is "drieen"), with the spoken Flemish
/// forms that drop a final n ("zeve", "nege") and the apocopes of casual chat ("ne", "nen").
/// </summary>
internal static class NumberWords
{
    /// <summary>0–19 and the word forms a compound can start with.</summary>
    public static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["nul"] = 0,
        ["een"] = 1, ["ene"] = 1, ["eentje"] = 1,
        ["twee"] = 2, ["tweetje"] = 2,
        ["drie"] = 3,
        ["vier"] = 4,
        ["vijf"] = 5, ["vyf"] = 5,
        ["zes"] = 6,
        ["zeven"] = 7, ["zeve"] = 7,
        ["acht"] = 8,
        ["negen"] = 9, ["nege"] = 9,
        ["tien"] = 10, ["tiene"] = 10,
        ["elf"] = 11, ["elve"] = 11,
        ["twaalf"] = 12,
        ["dertien"] = 13,
        ["veertien"] = 14,
        ["vijftien"] = 15,
        ["zestien"] = 16,
        ["zeventien"] = 17,
        ["achttien"] = 18,
        ["negentien"] = 19,
    };

    /// <summary>Multiples of ten.</summary>
    public static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twintig"] = 20,
        ["dertig"] = 30,
        ["veertig"] = 40,
        ["vijftig"] = 50,
        ["zestig"] = 60,
        ["zeventig"] = 70,
        ["tachtig"] = 80,
        ["negentig"] = 90,
    };

    /// <summary>Unit forms used inside compounds ("eenentwintig", "drieentwintig", "tweeentwintig").</summary>
    public static readonly Dictionary<string, int> CompoundUnits = new(StringComparer.Ordinal)
    {
        ["een"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5,
        ["zes"] = 6, ["zeven"] = 7, ["acht"] = 8, ["negen"] = 9,
    };

    public const string Hundred = "honderd";
    public const string Thousand = "duizend";

    /// <summary>Answers that say the client does not know; they win over any number word.</summary>
    public static readonly string[][] DontKnow =
    [
        ["geen", "idee"],
        ["weet", "ik", "niet"],
        ["weet", "het", "niet"],
        ["weet", "niet"],
        ["wee", "nie"],
        ["weet", "nie"],
        ["geen", "flauw"],
        ["geen", "benul"],
        ["kan", "ik", "niet", "zeggen"],
        ["moeilijk", "te", "zeggen"],
        ["geen", "antwoord"],
    ];
}
