namespace GesprekBot.Language.Choices;

/// <summary>Ordinals and position words used to pick a choice by place ("de tweede", "de laatste", "2de").</summary>
internal static class OrdinalWords
{
    public static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["eerste"] = 1, ["eerst"] = 1, ["1e"] = 1, ["1ste"] = 1, ["1st"] = 1, ["bovenste"] = 1,
        ["tweede"] = 2, ["2e"] = 2, ["2de"] = 2, ["tweeede"] = 2,
        ["derde"] = 3, ["3e"] = 3, ["3de"] = 3,
        ["vierde"] = 4, ["4e"] = 4, ["4de"] = 4,
        ["vijfde"] = 5, ["5e"] = 5, ["5de"] = 5,
        ["zesde"] = 6, ["6e"] = 6, ["6de"] = 6,
        ["zevende"] = 7, ["7e"] = 7, ["7de"] = 7,
        ["achtste"] = 8, ["8e"] = 8, ["8ste"] = 8,
        ["negende"] = 9, ["9e"] = 9, ["9de"] = 9,
        ["tiende"] = 10, ["10e"] = 10, ["10de"] = 10,
    };

    /// <summary>Counted from the end: 0 is the last.</summary>
    public static readonly Dictionary<string, int> FromEnd = new(StringComparer.Ordinal)
    {
        ["laatste"] = 0, ["onderste"] = 0, ["laatse"] = 0, ["voorlaatste"] = 1,
    };

    /// <summary>Words around an index that carry no meaning of their own ("ik neem optie 2").</summary>
    public static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "de", "het", "den", "nummer", "nr", "optie", "keuze", "antwoord", "ik", "kies", "neem", "graag", "doe",
        "maar", "die", "dat", "is", "wil", "geef", "mij", "toch", "dan", "euh", "allee", "n", "ene", "mijn",
        "voor", "ga", "gaan", "van", "lijst", "mogelijkheid",
    };

    /// <summary>Words that join several choices in one answer.</summary>
    public static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "en", "of", "plus", "ook", "and", "alsook", "met" };

    /// <summary>Answers that pick every choice.</summary>
    public static readonly HashSet<string> All = new(StringComparer.Ordinal) { "alles", "allemaal", "alle", "allebei", "beide" };
}
