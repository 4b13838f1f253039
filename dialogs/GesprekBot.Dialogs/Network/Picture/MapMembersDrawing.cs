using System.Xml;
using GesprekBot.Dialogs.Network.Export;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// Draws the ties (under the nodes, so a line never hides a member) and then one group per member:
/// a title with the full label for hover and screen readers, the shape, and the short label under it.
/// </summary>
internal static class MapMembersDrawing
{
    public static void Write(XmlWriter svg, MapLayout layout, NetworkMap map, PictureTextCatalog texts)
    {
        var positions = new Dictionary<string, PlacedMember>(StringComparer.Ordinal);
        foreach (var placed in layout.Members)
        {
            positions.TryAdd(placed.Member.Id, placed);
        }

        SvgWriter.Start(svg, "g", ("class", "ties"));
        foreach (var tie in MapTies.Distinct(map))
        {
            var (a, b) = (positions[tie.FirstMemberId], positions[tie.SecondMemberId]);
            SvgWriter.Empty(
                svg, "line", ("class", "tie"), ("x1", MapGeometry.Number(a.X)), ("y1", MapGeometry.Number(a.Y)),
                ("x2", MapGeometry.Number(b.X)), ("y2", MapGeometry.Number(b.Y)), ("stroke", "#56606b"), ("stroke-width", "1.5"),
                ("stroke-opacity", "0.7"));
        }

        svg.WriteEndElement();
        SvgWriter.Start(svg, "g", ("class", "members"));
        foreach (var placed in layout.Members)
        {
            var member = placed.Member;
            var style = QualityStyle.For(member.Quality);
            SvgWriter.Start(svg, "g", ("class", $"member kind-{ExportNames.Of(member.Kind)} {style.CssClass}"));
            SvgWriter.Text(svg, "title", FullTitle(member, texts));
            NodeShapes.Write(svg, member.Kind, placed.X, placed.Y, style);
            // Crowded cells get smaller, shorter labels; the title and the text alternative keep the full label.
            var label = placed.Crowded
                ? LabelText.Shorten(NetworkWording.Display(member), LabelText.MaxTextElementsWhenCrowded)
                : LabelText.Shorten(NetworkWording.Display(member));
            SvgWriter.Label(svg, placed.X, placed.Y + MapGeometry.NodeRadius + 11, label, size: placed.Crowded ? "9" : "11", cssClass: "member-label");
            svg.WriteEndElement();
        }

        svg.WriteEndElement();
    }

    /// <summary>The label as the client said it, with kind, role, domain and quality in words.</summary>
    private static string FullTitle(NetworkMember member, PictureTextCatalog texts)
    {
        return MapTextAlternative.Member(member, member.Label.Trim(), texts);
    }
}
