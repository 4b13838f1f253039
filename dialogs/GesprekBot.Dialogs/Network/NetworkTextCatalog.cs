using System.Globalization;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Network;

/// <summary>
/// Reads the network texts (Resources/NetworkTexts.resx, Dutch neutral, English satellite) for one
/// culture. Kept apart from the intake's catalog so both can grow without touching each other's file.
/// A value may hold alternatives separated by "|": the first is shown, the rest are also understood.
/// </summary>
internal sealed class NetworkTextCatalog(CultureInfo culture)
{
    private readonly TextCatalog _texts = new(culture, NetworkTexts.ResourceManager);

    public CultureInfo Culture { get; } = culture;

    public string this[string key] =>
        _texts.Find(key)
        ?? throw new InvalidOperationException($"Missing network text '{key}'.");

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>The first alternative of a "|"-separated value: what a button shows.</summary>
    public string Title(string key) => Alternatives(key)[0];

    /// <summary>All alternatives of a "|"-separated value.</summary>
    public IReadOnlyList<string> Alternatives(string key) =>
        this[key].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Joins items as "a, b en c" ("a, b and c").</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => Format(nameof(NetworkTexts.ListJoin), string.Join(", ", items.Take(items.Count - 1)), items[^1]),
    };
}
