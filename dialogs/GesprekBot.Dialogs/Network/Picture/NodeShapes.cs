using System.Xml;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// The shape of a member by kind, so kind is readable without colour or text: a person is a circle,
/// a group a rounded square with a second square inside (several people), an animal a triangle and
/// a place a diamond. Plain SVG shapes: no fonts, images or external files.
/// </summary>
internal static class NodeShapes
{
    public static void Write(XmlWriter svg, MemberKind kind, double x, double y, QualityStyle style, double size = MapGeometry.NodeRadius)
    {
        switch (kind)
        {
            case MemberKind.Group:
                Shape(svg, "rect", style, ("x", x - size), ("y", y - size), ("width", 2 * size), ("height", 2 * size), ("rx", size * 0.35));
                svg.WriteStartElement("rect", SvgWriter.Namespace);
                Attributes(svg, ("x", x - (size * 0.5)), ("y", y - (size * 0.5)), ("width", size), ("height", size), ("rx", size * 0.2));
                svg.WriteAttributeString("fill", "none");
                svg.WriteAttributeString("stroke", style.Stroke);
                svg.WriteAttributeString("stroke-width", "1");
                svg.WriteEndElement();
                break;
            case MemberKind.Animal:
                Shape(svg, "polygon", style, ("points", Points((x, y - size), (x + size, y + (size * 0.8)), (x - size, y + (size * 0.8)))));
                break;
            case MemberKind.Place:
                Shape(svg, "polygon", style, ("points", Points((x, y - size), (x + size, y), (x, y + size), (x - size, y))));
                break;
            default:
                Shape(svg, "circle", style, ("cx", x), ("cy", y), ("r", size));
                break;
        }
    }

    private static void Shape(XmlWriter svg, string element, QualityStyle style, params (string Name, object Value)[] attributes)
    {
        svg.WriteStartElement(element, SvgWriter.Namespace);
        Attributes(svg, attributes);
        svg.WriteAttributeString("fill", style.Fill);
        svg.WriteAttributeString("stroke", style.Stroke);
        svg.WriteAttributeString("stroke-width", style.StrokeWidth);
        if (style.DashArray is { } dash)
        {
            svg.WriteAttributeString("stroke-dasharray", dash);
        }

        svg.WriteEndElement();
    }

    private static void Attributes(XmlWriter svg, params (string Name, object Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            svg.WriteAttributeString(name, value is double number ? MapGeometry.Number(number) : (string)value);
        }
    }

    private static string Points(params (double X, double Y)[] points) =>
        string.Join(' ', points.Select(p => MapGeometry.Number(p.X) + "," + MapGeometry.Number(p.Y)));
}
