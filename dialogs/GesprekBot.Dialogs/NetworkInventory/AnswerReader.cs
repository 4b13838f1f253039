using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// Understands the client's answer to each kind of question: the buttons' words (with typos),
/// digits, synonyms and the Dutch recognizers. Null means "not understood" and makes the prompt
/// ask again in other words. Fixed words ("de rest later", "niemand", "weet ik niet") must be the
/// whole answer, so "wat verder" (a ring) is never read as "verder" (stop).
/// </summary>
internal static class AnswerReader
{
    public static bool IsWholly(NetworkTextCatalog texts, string key, string? text)
    {
        var answer = TextNormalizer.Normalize(text);
        return answer.Length > 0 && texts.Alternatives(key).Any(a => TextNormalizer.Normalize(a) == answer);
    }

    public static bool IsLater(NetworkTextCatalog texts, string? text) => IsWholly(texts, InventoryChoices.Later, text);

    public static bool IsNobody(NetworkTextCatalog texts, string? text) => IsWholly(texts, InventoryChoices.Nobody, text);

    public static bool IsUnsure(NetworkTextCatalog texts, string? text) => IsWholly(texts, InventoryChoices.Unsure, text);

    /// <summary>The index of the option picked among <paramref name="keys"/>, or null.</summary>
    public static int? Pick(NetworkTextCatalog texts, string? text, IReadOnlyList<string> keys) =>
        ChoiceRecognizer.Recognize(text, InventoryChoices.Options(texts, keys))?.Index;

    /// <summary>The indexes of every option named, in list order; empty when none.</summary>
    public static IReadOnlyList<int> PickMany(string? text, IReadOnlyList<ChoiceOption> options) =>
        [.. ChoiceRecognizer.RecognizeMany(text, options).Select(m => m.Index)];

    public static int? Ring(NetworkTextCatalog texts, string? text) => Pick(texts, text, InventoryChoices.Rings) + 1;

    /// <summary>The support types named; an empty list for "geen"; null when not understood.</summary>
    public static IReadOnlyList<SupportType>? Support(NetworkTextCatalog texts, string? text)
    {
        var picked = PickMany(text, InventoryChoices.Options(texts, InventoryChoices.Supports));
        if (picked.Count == 0)
        {
            return IsNobody(texts, text) ? [] : null;
        }

        return [.. picked.Where(i => i < InventoryChoices.SupportTypes.Count).Select(i => InventoryChoices.SupportTypes[i])];
    }

    public static ContactFrequency? Frequency(NetworkTextCatalog texts, string? text) =>
        Pick(texts, text, InventoryChoices.Frequencies) is { } index
            ? InventoryChoices.FrequencyValues[index]
            : FrequencyRecognizer.Recognize(text);

    public static RelationQuality? Quality(NetworkTextCatalog texts, string? text) =>
        Pick(texts, text, InventoryChoices.Qualities) is { } index ? InventoryChoices.QualityValues[index] : null;

    /// <summary>Understood as a move, or as "geen wens" (<paramref name="move"/> null).</summary>
    public static bool Wish(NetworkTextCatalog texts, string? text, out RadioMove? move)
    {
        move = null;
        if (Pick(texts, text, InventoryChoices.Wishes) is not { } index)
        {
            return IsNobody(texts, text);
        }

        move = index < InventoryChoices.WishValues.Count ? InventoryChoices.WishValues[index] : null;
        return true;
    }

    /// <summary>A role button, or words naming a role ("mijn nicht"); null when neither.</summary>
    public static RoleChoice? Role(NetworkTextCatalog texts, string? text)
    {
        // A pressed button wins; then a named role; only then a loose match on the buttons' words.
        if (RoleChoice.All.FirstOrDefault(r => IsWholly(texts, r.Key, text)) is { } pressed)
        {
            return pressed;
        }

        if (NetworkMemberRecognizer.RecognizeAll(text).FirstOrDefault(m => m.Role is not null) is { } named)
        {
            return new RoleChoice(string.Empty, named.Domain == LifeDomain.Unknown ? null : named.Domain, named.Role);
        }

        return Pick(texts, text, InventoryChoices.Roles) is { } index ? RoleChoice.All[index] : null;
    }

    public static bool? YesNo(string? text) => YesNoRecognizer.Recognize(text);

    public static int? Satisfaction(string? text) => NumberRecognizer.Recognize(text) is { } n and >= 0 and <= 10 ? n : null;
}
