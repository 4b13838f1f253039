namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// How a relation quality looks. Colours are from the Okabe–Ito palette, which stays apart for
/// the common kinds of colour blindness; and colour is never the only cue: a difficult relation has
/// a thick dashed outline and an unknown one is hollow, so the map also reads in grey print.
/// </summary>
internal sealed record QualityStyle(string CssClass, string Fill, string Stroke, string StrokeWidth, string? DashArray)
{
    private const string Outline = "#1a1a1a";

    public static readonly QualityStyle Good = new("quality-good", "#009e73", Outline, "1.5", null);

    public static readonly QualityStyle Mixed = new("quality-mixed", "#e69f00", Outline, "1.5", null);

    public static readonly QualityStyle Difficult = new("quality-difficult", "#d55e00", Outline, "2.5", "4 2");

    public static readonly QualityStyle Unknown = new("quality-unknown", "#ffffff", "#595959", "1.5", null);

    public static IReadOnlyList<(RelationQuality? Quality, QualityStyle Style)> All { get; } =
        [(RelationQuality.Good, Good), (RelationQuality.Mixed, Mixed), (RelationQuality.Difficult, Difficult), (null, Unknown)];

    public static QualityStyle For(RelationQuality? quality) => quality switch
    {
        RelationQuality.Good => Good,
        RelationQuality.Mixed => Mixed,
        RelationQuality.Difficult => Difficult,
        _ => Unknown,
    };
}
