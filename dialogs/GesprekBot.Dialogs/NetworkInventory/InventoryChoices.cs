using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// The answer options of each question, by resource key, in button order. One list serves the
/// buttons and the understanding of typed answers, so they can never disagree.
/// </summary>
internal static class InventoryChoices
{
    public const string Later = "ChoiceLater";
    public const string Nobody = "ChoiceNobody";
    public const string Unsure = "ChoiceUnsure";
    public const string Yes = "ChoiceYes";
    public const string No = "ChoiceNo";
    public const string NobodyOfThem = "ChoiceNobodyOfThem";
    public const string NoSupport = "SupportOptionNone";
    public const string NoWish = "WishOptionNone";

    public static IReadOnlyList<string> Rings { get; } = ["RingOption1", "RingOption2", "RingOption3", "RingOption4"];

    public static IReadOnlyList<SupportType> SupportTypes { get; } = Enum.GetValues<SupportType>();

    public static IReadOnlyList<string> Supports { get; } = [.. SupportTypes.Select(s => $"SupportOption{s}"), NoSupport];

    public static IReadOnlyList<ContactFrequency> FrequencyValues { get; } = Enum.GetValues<ContactFrequency>();

    public static IReadOnlyList<string> Frequencies { get; } = [.. FrequencyValues.Select(f => $"FrequencyOption{f}")];

    public static IReadOnlyList<RelationQuality> QualityValues { get; } = Enum.GetValues<RelationQuality>();

    public static IReadOnlyList<string> Qualities { get; } = [.. QualityValues.Select(q => $"QualityOption{q}")];

    /// <summary>The wishes a client can pick, in plain words; Uitbreiden is a whole-map move, not one for a member.</summary>
    public static IReadOnlyList<RadioMove> WishValues { get; } =
        [RadioMove.Maintain, RadioMove.Intensify, RadioMove.Reanimate, RadioMove.Activate, RadioMove.Unblock];

    public static IReadOnlyList<string> Wishes { get; } = [.. WishValues.Select(w => $"WishOption{w}"), NoWish];

    public static IReadOnlyList<string> Roles { get; } = [.. RoleChoice.All.Select(r => r.Key)];

    public static ChoiceOption Option(NetworkTextCatalog texts, string key)
    {
        var alternatives = texts.Alternatives(key);
        return new ChoiceOption(alternatives[0], [.. alternatives.Skip(1)]);
    }

    public static IReadOnlyList<ChoiceOption> Options(NetworkTextCatalog texts, IEnumerable<string> keys) =>
        [.. keys.Select(k => Option(texts, k))];

    public static IReadOnlyList<string> Titles(NetworkTextCatalog texts, IEnumerable<string> keys) =>
        [.. keys.Select(texts.Title)];
}
