using System.Xml.Linq;
using GesprekBot.Dialogs.Network.Export;
using GesprekBot.Dialogs.Tests.Network.Picture;

namespace GesprekBot.Dialogs.Tests.Network.Export;

public class NetworkMapGraphMlTests
{
    private static readonly XNamespace G = NetworkMapGraphMl.Namespace;

    [Fact]
    public void Declares_a_key_for_every_node_attribute()
    {
        var keys = XDocument.Parse(NetworkMapGraphMl.Write(MapSamples.Typical())).Root!.Elements(G + "key").ToList();

        Assert.Equal(
            ["member_id", "label", "kind", "name", "role", "domain", "ring", "quality", "frequency", "support_received", "support_given", "wish", "is_wished"],
            keys.Select(k => (string?)k.Attribute("attr.name")));
        Assert.All(keys, k => Assert.Equal("node", (string?)k.Attribute("for")));
        Assert.Equal("int", (string?)keys.Single(k => (string?)k.Attribute("id") == "ring").Attribute("attr.type"));
    }

    [Fact]
    public void One_node_per_member_and_one_undirected_edge_per_tie()
    {
        var map = MapSamples.Typical() with { Ties = [.. MapSamples.Typical().Ties, new("m2", "m1"), new("m1", "gone")] };
        var graph = XDocument.Parse(NetworkMapGraphMl.Write(map)).Root!.Element(G + "graph")!;

        Assert.Equal("undirected", (string?)graph.Attribute("edgedefault"));
        Assert.Equal(map.Members.Count, graph.Elements(G + "node").Count());
        Assert.Equal(4, graph.Elements(G + "edge").Count());
        var nodeIds = graph.Elements(G + "node").Select(n => (string?)n.Attribute("id")).ToHashSet();
        Assert.All(graph.Elements(G + "edge"), e => Assert.Subset(nodeIds, new HashSet<string?> { (string?)e.Attribute("source"), (string?)e.Attribute("target") }));
    }

    [Fact]
    public void Node_attributes_carry_the_answers_and_leave_unknowns_out()
    {
        var nodes = XDocument.Parse(NetworkMapGraphMl.Write(MapSamples.Typical())).Descendants(G + "node").ToList();
        string? Data(int node, string key) => nodes[node].Elements(G + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

        Assert.Equal("m1", Data(0, "member_id"));
        Assert.Equal("mijn mama", Data(0, "label"));
        Assert.Equal("1", Data(0, "ring"));
        Assert.Equal("emotional;practical", Data(0, "support_received"));
        Assert.Equal("animal", Data(3, "kind"));
        Assert.Null(Data(9, "ring"));
        Assert.Null(Data(9, "quality"));
        Assert.Equal("false", Data(9, "is_wished"));
    }

    [Fact]
    public void Hostile_labels_stay_text_and_the_declaration_says_utf8()
    {
        var xml = NetworkMapGraphMl.Write(MapSamples.Hostile());
        var document = XDocument.Parse(xml);
        var labels = document.Descendants(G + "data").Where(d => (string?)d.Attribute("key") == "label").Select(d => d.Value).ToList();

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.Ordinal);
        Assert.Contains(MapSamples.Script, labels);
        Assert.Contains("a ]]> b & c &amp; d", labels);
        Assert.Contains("tab\tandcontrol", labels);
        Assert.Equal(["graphml", "key", "graph", "node", "data", "edge"], document.Descendants().Select(e => e.Name.LocalName).Distinct());
    }
}
