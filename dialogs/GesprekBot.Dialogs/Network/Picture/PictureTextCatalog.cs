using System.Globalization;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// The texts of the picture, its text alternative and the comparison (PictureTexts.resx, Dutch
/// neutral, English satellite), next to the network's own wording so a ring or a domain is called
/// the same on the map as in the conversation.
/// </summary>
internal sealed class PictureTextCatalog(CultureInfo culture)
{
    private readonly TextCatalog _texts = new(culture, PictureTexts.ResourceManager);

    public CultureInfo Culture { get; } = culture;

    public NetworkTextCatalog Network { get; } = new(culture);

    public string this[string key] =>
        _texts.Find(key)
        ?? throw new InvalidOperationException($"Missing picture text '{key}'.");

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    public string Domain(LifeDomain domain) => NetworkWording.Domain(Network, domain);

    /// <summary>The ring's name for the middle of a sentence: "heel dichtbij", not "Heel dichtbij".</summary>
    public string Ring(int ring) => LowerFirst(NetworkWording.Ring(Network, ring));

    public string Quality(RelationQuality? quality) =>
        quality is { } known ? LowerFirst(NetworkWording.Quality(Network, known)) : this[nameof(PictureTexts.QualityUnknown)];

    public string Frequency(ContactFrequency? frequency) =>
        frequency is { } known ? LowerFirst(NetworkWording.Frequency(Network, known)) : this[nameof(PictureTexts.NotFilledIn)];

    public string Support(SupportType support) => LowerFirst(NetworkWording.Support(Network, support));

    public string Kind(MemberKind kind) => this[$"Kind{kind}"];

    private string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], Culture) + text[1..];
}
