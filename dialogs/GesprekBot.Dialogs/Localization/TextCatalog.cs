using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Localization;

/// <summary>
/// Reads user-facing texts for one culture. Dutch (nl-BE, informal "je") is the neutral
/// resource; English is the only satellite. Keys are checked at compile time with
/// <c>nameof(Texts.X)</c>, so a renamed text breaks the build instead of a conversation.
/// A feature with its own resource file (CrisisTexts, ConsentTexts, ErasureTexts) passes its
/// resource manager, so features grow their texts without touching each other's file.
/// Texts are looked up once per culture and kept: <see cref="ResourceManager.GetString(string, CultureInfo)"/>
/// takes a lock on every call, and with many turns at once that lock was the bot's busiest wait.
/// </summary>
internal sealed class TextCatalog(CultureInfo culture, ResourceManager resources)
{
    public TextCatalog(CultureInfo culture)
        : this(culture, Texts.ResourceManager)
    {
    }

    private static readonly ConcurrentDictionary<(ResourceManager, CultureInfo), ConcurrentDictionary<string, string?>> Cache = new();

    private readonly ConcurrentDictionary<string, string?> _texts =
        Cache.GetOrAdd((resources, culture), static _ => new ConcurrentDictionary<string, string?>(StringComparer.Ordinal));

    public CultureInfo Culture { get; } = culture;

    public string this[string key] =>
        Find(key) ?? throw new InvalidOperationException($"Missing text '{key}'.");

    /// <summary>A text whose name is composed at run time (help per question); null when there is none.</summary>
    public string? Find(string key) =>
        _texts.TryGetValue(key, out var text) ? text : _texts.GetOrAdd(key, resources.GetString(key, Culture));

    public string Format(string key, params object?[] args) =>
        string.Format(Culture, this[key], args);
}
