using System.Globalization;
using System.Text;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// The network map as a picture drawn on the server (an Inclusieweb: the client in the middle,
/// four rings from very close to far away, one sector per life domain) and as text. Pure and
/// deterministic: the same map and culture give byte-identical output, so a stored picture can be
/// compared, cached or tested. User text is escaped by XmlWriter; the SVG holds no scripts, no
/// links and nothing loaded from elsewhere, and can be placed inline in the caseworker's page.
/// </summary>
public static class NetworkMapPicture
{
    public const string DefaultId = "network-map";

    /// <summary>
    /// Renders the map as SVG (viewBox 1000×1000, width 100%). <paramref name="id"/> prefixes the ids
    /// of the title and description, so two maps on one page (an earlier and a later one) each keep
    /// their own accessible name; letters, digits and hyphens only.
    /// </summary>
    public static string RenderSvg(NetworkMap map, CultureInfo culture, string id = DefaultId)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(culture);
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException("Use letters, digits and hyphens only.", nameof(id));
        }

        var texts = new PictureTextCatalog(culture);
        var layout = MapLayout.For(map);
        var output = new StringBuilder();
        using (var svg = SvgWriter.Create(output))
        {
            SvgWriter.Start(
                svg,
                "svg",
                ("viewBox", $"0 0 {MapGeometry.Number(MapGeometry.Width)} {MapGeometry.Number(MapGeometry.Height)}"),
                ("width", "100%"),
                ("role", "img"),
                ("aria-labelledby", $"{id}-title {id}-desc"),
                ("font-family", "system-ui, sans-serif"),
                ("class", "network-map"));
            SvgWriter.Text(svg, "title", texts[nameof(PictureTexts.Title)], ("id", $"{id}-title"));
            var description = new[] { texts.Format(nameof(PictureTexts.Description), map.Members.Count) }
                .Concat(MapTextAlternative.Describe(map, texts).Skip(1));
            SvgWriter.Text(svg, "desc", string.Join(" ", description), ("id", $"{id}-desc"));
            MapBackdrop.Write(svg, layout, texts);
            MapMembersDrawing.Write(svg, layout, map, texts);
            MapLegend.Write(svg, texts);
            svg.WriteEndElement();
        }

        return output.ToString();
    }

    /// <summary>The same map as plain sentences: a heading line, one line per ring, then the unplaced, the ties and the satisfaction.</summary>
    public static IReadOnlyList<string> DescribeAsText(NetworkMap map, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(culture);
        return MapTextAlternative.Describe(map, new PictureTextCatalog(culture));
    }
}
