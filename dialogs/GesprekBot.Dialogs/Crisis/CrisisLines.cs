using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>Which help numbers fit a signal: 1813 for suicide and self-harm, 1712 for violence and abuse, 112 always.</summary>
internal static class CrisisLines
{
    public static bool IsAboutSelf(IReadOnlyList<CrisisCategory> categories) =>
        categories.Any(c => c is CrisisCategory.Suicide or CrisisCategory.SelfHarm);

    public static bool IsAboutOthers(IReadOnlyList<CrisisCategory> categories) =>
        categories.Any(c => c is CrisisCategory.Violence or CrisisCategory.Abuse);

    /// <summary>"1813 of 112", "1712 of 112" or "1813, 1712 of 112".</summary>
    public static string Numbers(TextCatalog texts, IReadOnlyList<CrisisCategory> categories) =>
        (IsAboutSelf(categories), IsAboutOthers(categories)) switch
        {
            (true, true) => texts[nameof(CrisisTexts.CrisisNumbersBoth)],
            (false, true) => texts[nameof(CrisisTexts.CrisisNumbersViolence)],
            _ => texts[nameof(CrisisTexts.CrisisNumbersSuicide)],
        };

    /// <summary>The one number on the "call now" button: 112 in danger now, otherwise the line for the signal.</summary>
    public static string First(IReadOnlyList<CrisisCategory> categories, bool immediateDanger) =>
        immediateDanger ? "112" : IsAboutSelf(categories) || !IsAboutOthers(categories) ? "1813" : "1712";
}
