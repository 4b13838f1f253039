using System.Xml;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// What every map shares: the dashed band for members not placed yet, the four rings (numbered on
/// the ring line at twelve o'clock, named in the legend), the sector lines with the domains' names
/// outside the circle, and the client in the centre.
/// </summary>
internal static class MapBackdrop
{
    private const int DomainLabelLineLength = 16;

    public static void Write(XmlWriter svg, MapLayout layout, PictureTextCatalog texts)
    {
        var cx = MapGeometry.Number(MapGeometry.CentreX);
        var cy = MapGeometry.Number(MapGeometry.CentreY);
        SvgWriter.Start(svg, "g", ("class", "backdrop"));
        SvgWriter.Empty(
            svg, "circle", ("class", "unplaced-band"), ("cx", cx), ("cy", cy), ("r", MapGeometry.Number(MapGeometry.OuterRadius)),
            ("fill", "#f7f7f7"), ("stroke", "#8c8c8c"), ("stroke-width", "1.5"), ("stroke-dasharray", "6 4"));
        for (var ring = MapGeometry.RingRadii.Count; ring >= 1; ring--)
        {
            SvgWriter.Empty(
                svg, "circle", ("class", "ring"), ("data-ring", ring.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("cx", cx), ("cy", cy), ("r", MapGeometry.Number(MapGeometry.RingRadii[ring - 1])),
                ("fill", ring % 2 == 0 ? "#ffffff" : "#f0f4f8"), ("stroke", "#6b7b8c"), ("stroke-width", "1.5"));
        }

        if (layout.Sectors.Count > 1)
        {
            foreach (var sector in layout.Sectors)
            {
                var (x1, y1) = MapGeometry.Point(MapGeometry.CentreRadius, sector.Start);
                var (x2, y2) = MapGeometry.Point(MapGeometry.OuterRadius, sector.Start);
                SvgWriter.Empty(
                    svg, "line", ("class", "sector-line"), ("x1", MapGeometry.Number(x1)), ("y1", MapGeometry.Number(y1)),
                    ("x2", MapGeometry.Number(x2)), ("y2", MapGeometry.Number(y2)), ("stroke", "#8c8c8c"), ("stroke-width", "1"));
            }
        }

        foreach (var sector in layout.Sectors)
        {
            DomainLabel(svg, texts.Domain(sector.Domain), layout.Sectors.Count == 1 ? Math.PI / 2 : sector.Middle);
        }

        for (var ring = 1; ring <= MapGeometry.RingRadii.Count; ring++)
        {
            var y = MapGeometry.CentreY - MapGeometry.RingRadii[ring - 1] + 4;
            SvgWriter.Label(svg, MapGeometry.CentreX, y, ring.ToString(System.Globalization.CultureInfo.InvariantCulture), size: "11", cssClass: "ring-number");
        }

        SvgWriter.Label(svg, MapGeometry.CentreX, MapGeometry.CentreY - MapGeometry.OuterRadius + 15, texts[nameof(PictureTexts.Unplaced)], size: "11", cssClass: "unplaced-label");
        SvgWriter.Empty(
            svg, "circle", ("class", "ego"), ("cx", cx), ("cy", cy), ("r", MapGeometry.Number(MapGeometry.CentreRadius - 8)),
            ("fill", "#ffffff"), ("stroke", "#1a1a1a"), ("stroke-width", "2"));
        SvgWriter.Label(svg, MapGeometry.CentreX, MapGeometry.CentreY + 5, texts[nameof(PictureTexts.Me)], size: "15", cssClass: "ego-label");
        svg.WriteEndElement();
    }

    /// <summary>The domain's name just outside the circle, on as many short lines as it needs, anchored away from the circle.</summary>
    private static void DomainLabel(XmlWriter svg, string name, double angle)
    {
        var lines = Wrap(name);
        var (x, y) = MapGeometry.Point(MapGeometry.DomainLabelRadius, angle);
        var cos = Math.Cos(angle);
        var sin = Math.Sin(angle);
        var anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
        const double lineHeight = 15;
        var top = sin < -0.3 ? y - ((lines.Count - 1) * lineHeight) : sin > 0.3 ? y + 10 : y + 4 - ((lines.Count - 1) * lineHeight / 2);
        for (var i = 0; i < lines.Count; i++)
        {
            SvgWriter.Text(
                svg, "text", lines[i], ("class", "domain-label"), ("x", MapGeometry.Number(x)), ("y", MapGeometry.Number(top + (i * lineHeight))),
                ("text-anchor", anchor), ("font-size", "13"), ("font-weight", "bold"), ("fill", "#33414e"));
        }
    }

    private static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= DomainLabelLineLength)
            {
                lines[^1] += " " + word;
            }
            else
            {
                lines.Add(word);
            }
        }

        return lines;
    }
}
