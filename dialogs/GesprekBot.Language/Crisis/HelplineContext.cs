namespace GesprekBot.Language.Crisis;

/// <summary>
/// "zelfmoordlijn", "zelfmoordpreventie", "suicide hotline" name an organisation: working or
/// volunteering there ("ik doe nachtdiensten bij de zelfmoordlijn") is no signal. Calling it still is.
/// </summary>
internal static class HelplineContext
{
    private static readonly string[] Suffixes = ["lijn", "preventie", "centrum", "line", "hotline", "prevention"];
    private static readonly HashSet<string> Organisation = ["lijn", "line", "hotline", "preventie", "prevention", "centrum", "center", "centre"];
    private static readonly HashSet<string> Work = [
        "werk", "werkt", "werken", "gewerkt", "vrijwilliger", "vrijwilligerswerk", "nachtdiensten", "nachtdienst", "dienst", "diensten",
        "job", "collega", "collegas", "opleiding", "stage", "work", "works", "volunteer", "volunteering", "shift", "shifts"];

    public static bool IsOrganisation(CrisisScan s, Clause c, int i, CrisisKind kind)
    {
        if (kind != CrisisKind.Suicide)
        {
            return false;
        }

        var word = s[i];
        var named = s.Is(i + 1, Organisation);
        foreach (var suffix in Suffixes)
        {
            named |= word.EndsWith(suffix, StringComparison.Ordinal);
        }

        return named && s.Find(Work, c.Start - 8, c.End + 8) >= 0;
    }
}
