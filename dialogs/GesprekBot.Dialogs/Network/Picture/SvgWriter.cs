using System.Text;
using System.Xml;
using GesprekBot.Dialogs.Network.Export;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// The few SVG writing helpers the picture needs. All text goes through XmlWriter, which escapes
/// markup, after <see cref="XmlSafeText"/> removed what XML cannot carry: a label such as
/// "&lt;script&gt;" ends up as text, never as an element or attribute.
/// </summary>
internal static class SvgWriter
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    /// <summary>No XML declaration: the SVG is meant to be placed inline in the review page.</summary>
    public static XmlWriter Create(StringBuilder output) =>
        XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, NewLineChars = "\n" });

    public static void Start(XmlWriter svg, string element, params (string Name, string Value)[] attributes)
    {
        svg.WriteStartElement(element, Namespace);
        foreach (var (name, value) in attributes)
        {
            svg.WriteAttributeString(name, XmlSafeText.Clean(value));
        }
    }

    public static void Empty(XmlWriter svg, string element, params (string Name, string Value)[] attributes)
    {
        Start(svg, element, attributes);
        svg.WriteEndElement();
    }

    public static void Text(XmlWriter svg, string element, string text, params (string Name, string Value)[] attributes)
    {
        Start(svg, element, attributes);
        svg.WriteString(XmlSafeText.Clean(text));
        svg.WriteEndElement();
    }

    /// <summary>A readable label: dark text with a white halo so lines and rings behind it do not hide it.</summary>
    public static void Label(XmlWriter svg, double x, double y, string text, string anchor = "middle", string size = "11", string? cssClass = null)
    {
        Text(
            svg,
            "text",
            text,
            ("x", MapGeometry.Number(x)),
            ("y", MapGeometry.Number(y)),
            ("text-anchor", anchor),
            ("font-size", size),
            ("fill", "#1a1a1a"),
            ("stroke", "#ffffff"),
            ("stroke-width", "3"),
            ("paint-order", "stroke"),
            ("class", cssClass ?? "label"));
    }
}
