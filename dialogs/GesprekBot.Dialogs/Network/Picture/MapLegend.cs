using System.Globalization;
using System.Xml;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// The legend under the map, one row per visual cue: relation quality (colour and outline), kind
/// (shape), the rings' names with the "not placed yet" band, and what a line means.
/// </summary>
internal static class MapLegend
{
    private const double Top = 875;
    private const double RowHeight = 30;
    private const double TitleX = 40;
    private const double FirstItemX = 150;
    private const double ItemWidth = 170;

    public static void Write(XmlWriter svg, PictureTextCatalog texts)
    {
        SvgWriter.Start(svg, "g", ("class", "legend"));
        var y = Top;
        RowTitle(svg, texts[nameof(PictureTexts.LegendQuality)], y);
        var x = FirstItemX;
        foreach (var (quality, style) in QualityStyle.All)
        {
            NodeShapes.Write(svg, MemberKind.Person, x, y - 4, style, 8);
            Item(svg, texts.Quality(quality), x, y);
            x += ItemWidth;
        }

        y += RowHeight;
        RowTitle(svg, texts[nameof(PictureTexts.LegendKind)], y);
        x = FirstItemX;
        foreach (var kind in Enum.GetValues<MemberKind>())
        {
            NodeShapes.Write(svg, kind, x, y - 4, QualityStyle.Unknown, 8);
            Item(svg, texts.Kind(kind), x, y);
            x += ItemWidth;
        }

        y += RowHeight;
        RowTitle(svg, texts[nameof(PictureTexts.LegendRings)], y);
        x = FirstItemX;
        for (var ring = NetworkMember.InnermostRing; ring <= NetworkMember.OutermostRing; ring++)
        {
            Item(svg, ring.ToString(CultureInfo.InvariantCulture) + " " + texts.Ring(ring), x - 14, y);
            x += ItemWidth;
        }

        y += RowHeight;
        x = FirstItemX;
        SvgWriter.Empty(
            svg, "rect", ("x", MapGeometry.Number(x - 10)), ("y", MapGeometry.Number(y - 12)), ("width", "20"), ("height", "14"),
            ("fill", "#f7f7f7"), ("stroke", "#8c8c8c"), ("stroke-dasharray", "6 4"));
        Item(svg, texts[nameof(PictureTexts.Unplaced)], x, y);
        x += ItemWidth * 2;
        SvgWriter.Empty(
            svg, "line", ("x1", MapGeometry.Number(x - 12)), ("y1", MapGeometry.Number(y - 4)), ("x2", MapGeometry.Number(x + 8)),
            ("y2", MapGeometry.Number(y - 4)), ("stroke", "#56606b"), ("stroke-width", "1.5"));
        Item(svg, texts[nameof(PictureTexts.LegendTie)], x, y);
        svg.WriteEndElement();
    }

    private static void RowTitle(XmlWriter svg, string title, double y) =>
        SvgWriter.Text(svg, "text", title, ("x", MapGeometry.Number(TitleX)), ("y", MapGeometry.Number(y)), ("font-size", "13"), ("font-weight", "bold"), ("fill", "#1a1a1a"));

    private static void Item(XmlWriter svg, string text, double x, double y) =>
        SvgWriter.Text(svg, "text", text, ("x", MapGeometry.Number(x + 14)), ("y", MapGeometry.Number(y)), ("font-size", "12"), ("fill", "#1a1a1a"));
}
