using System.Xml.Linq;

namespace GesprekBot.Dialogs.Tests.Network.Picture;

/// <summary>Reads a rendered SVG back as XML, so tests check structure, not string fragments.</summary>
internal static class SvgAssert
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    public static IEnumerable<XElement> WithClass(XDocument svg, string cssClass) =>
        svg.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    public static IEnumerable<XElement> Members(XDocument svg) => WithClass(svg, "member");

    public static string Label(XElement member) =>
        member.Elements(Svg + "text").Single().Value;

    public static string Title(XElement member) =>
        member.Elements(Svg + "title").Single().Value;
}
