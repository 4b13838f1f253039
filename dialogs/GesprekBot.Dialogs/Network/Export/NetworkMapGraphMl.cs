using System.Globalization;
using System.Text;
using System.Xml;

namespace GesprekBot.Dialogs.Network.Export;

/// <summary>
/// Writes a map as GraphML (undirected) for Gephi, NetworkX, igraph or yEd. Node ids are "n0",
/// "n1", … in map order because GraphML ids must be XML tokens and member ids are not promised
/// to be; the member id is kept in the "member_id" attribute. Attributes use the names of the CSV
/// columns and the enum names of the JSON format; an unknown answer is left out (no &lt;data&gt;).
/// Ties as in <see cref="NetworkMapCsv"/>: both ends on the map, each pair once.
/// </summary>
public static class NetworkMapGraphMl
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Name, string Type)[] NodeKeys =
    [
        ("member_id", "string"), ("label", "string"), ("kind", "string"), ("name", "string"), ("role", "string"),
        ("domain", "string"), ("ring", "int"), ("quality", "string"), ("frequency", "string"),
        ("support_received", "string"), ("support_given", "string"), ("wish", "string"), ("is_wished", "boolean"),
    ];

    public static string Write(NetworkMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        // A stream, not a StringWriter, so the declaration says UTF-8: the file is saved as UTF-8 and
        // Gephi or NetworkX refuse a document that claims to be UTF-16.
        using var output = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartElement("graphml", Namespace);
            foreach (var (name, type) in NodeKeys)
            {
                xml.WriteStartElement("key", Namespace);
                xml.WriteAttributeString("id", name);
                xml.WriteAttributeString("for", "node");
                xml.WriteAttributeString("attr.name", name);
                xml.WriteAttributeString("attr.type", type);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("id", "network-map");
            xml.WriteAttributeString("edgedefault", "undirected");
            var nodeIds = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < map.Members.Count; i++)
            {
                var member = map.Members[i];
                var nodeId = "n" + i.ToString(CultureInfo.InvariantCulture);
                nodeIds.TryAdd(member.Id, nodeId);
                WriteNode(xml, nodeId, member);
            }

            var edge = 0;
            foreach (var tie in MapTies.Distinct(map))
            {
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", "e" + (edge++).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("source", nodeIds[tie.FirstMemberId]);
                xml.WriteAttributeString("target", nodeIds[tie.SecondMemberId]);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static void WriteNode(XmlWriter xml, string nodeId, NetworkMember m)
    {
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", nodeId);
        Data(xml, "member_id", m.Id);
        Data(xml, "label", m.Label);
        Data(xml, "kind", ExportNames.Of(m.Kind));
        Data(xml, "name", m.Name);
        Data(xml, "role", m.Role);
        Data(xml, "domain", ExportNames.Of(m.Domain));
        Data(xml, "ring", m.Ring?.ToString(CultureInfo.InvariantCulture));
        Data(xml, "quality", ExportNames.Of(m.Quality));
        Data(xml, "frequency", ExportNames.Of(m.Frequency));
        Data(xml, "support_received", Joined(m.SupportReceived));
        Data(xml, "support_given", Joined(m.SupportGiven));
        Data(xml, "wish", ExportNames.Of(m.Wish));
        Data(xml, "is_wished", m.IsWished ? "true" : "false");
        xml.WriteEndElement();
    }

    private static string? Joined(IReadOnlyList<SupportType> supports) =>
        supports.Count == 0 ? null : string.Join(';', supports.Select(s => ExportNames.Of(s)));

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlSafeText.Clean(value));
        xml.WriteEndElement();
    }
}
