using System.Text.Json;

namespace GesprekBot.Dialogs.Network.Export;

/// <summary>
/// The names every export uses for enum values: lowercase snake case ("school_and_work"), taken
/// from the enum member's name so that a new value gets a name without anyone remembering to add it.
/// The names are part of the published formats: renaming an enum member is a breaking change.
/// </summary>
public static class ExportNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static string? Of<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is { } known ? Of(known) : null;

    /// <summary>All names of an enum, in declaration order (for the schema and the GraphML keys).</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => Of(v))];
}
