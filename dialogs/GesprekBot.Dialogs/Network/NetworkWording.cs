using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network;

/// <summary>
/// Plain words for the map's values, shared by the questions, the summary and the corrections,
/// so a ring is called the same everywhere ("heel dichtbij", not once "cirkel 1" and once "nabij").
/// Keys are built from enum names; a test checks that every value has a text.
/// </summary>
internal static class NetworkWording
{
    private static readonly string[] Possessives = ["mijn ", "mijne ", "m'n ", "mn ", "ons ", "onze ", "my "];

    public static string Domain(NetworkTextCatalog texts, LifeDomain domain) => texts.Title($"Domain{domain}");

    public static string Ring(NetworkTextCatalog texts, int ring) => texts.Title($"RingOption{ring}");

    public static string Support(NetworkTextCatalog texts, SupportType support) => texts.Title($"SupportOption{support}");

    public static string Frequency(NetworkTextCatalog texts, ContactFrequency frequency) => texts.Title($"FrequencyOption{frequency}");

    public static string Quality(NetworkTextCatalog texts, RelationQuality quality) => texts.Title($"QualityOption{quality}");

    public static string Wish(NetworkTextCatalog texts, RadioMove move) => texts.Title($"WishOption{move}");

    /// <summary>
    /// How the bot calls a member back to the client: the name when given ("Tom"), otherwise the
    /// label without "mijn" ("mama", "de buurvrouw"), so questions do not say "Hoe vaak zie je mijn mama?".
    /// </summary>
    public static string Display(NetworkMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (!string.IsNullOrWhiteSpace(member.Name))
        {
            return member.Name;
        }

        var label = member.Label.Trim();
        foreach (var possessive in Possessives)
        {
            if (label.Length > possessive.Length && label.StartsWith(possessive, StringComparison.OrdinalIgnoreCase))
            {
                return label[possessive.Length..].Trim();
            }
        }

        return label;
    }

    /// <summary>Upper-cases the first letter, for a member's words at the start of a sentence.</summary>
    public static string Capitalise(string words, System.Globalization.CultureInfo culture) =>
        words.Length == 0 ? words : char.ToUpper(words[0], culture) + words[1..];

    /// <summary>"Tom (broer)", "mama", "de buurvrouw" — the role only when it adds something.</summary>
    public static string DisplayWithRole(NetworkMember member)
    {
        var display = Display(member);
        return member.Role is { Length: > 0 } role && !display.Contains(role, StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(member.Name)
            ? $"{display} ({role})"
            : display;
    }
}
