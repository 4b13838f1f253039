namespace GesprekBot.Language.Crisis;

/// <summary>
/// Flemish glues "ik" to its verb ("kwil", "kga", "kheb"): the rules and the model both read it as
/// "ik wil", so the two see the same words.
/// </summary>
internal static class GluedForms
{
    private static readonly HashSet<string> Verbs = [
        "wil", "wou", "wilde", "ga", "ben", "heb", "had", "zal", "zou", "moet", "zie", "voel", "denk", "weet", "zit", "was", "doe",
        "kan", "kon", "hoop", "wens", "mag", "durf", "krijg", "sta", "lig", "snij", "sla"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanVerbs = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a normalised word such as "kwil": "k" and a verb that "ik" glues to.</summary>
    public static bool IsGlued(ReadOnlySpan<char> word) => word.Length > 2 && word[0] == 'k' && SpanVerbs.Contains(word[1..]);
}
