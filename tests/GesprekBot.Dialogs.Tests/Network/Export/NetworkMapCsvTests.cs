using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Network.Export;
using GesprekBot.Dialogs.Tests.Network.Picture;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network.Export;

public class NetworkMapCsvTests
{
    [Fact]
    public void Nodes_have_the_documented_columns_and_one_row_per_member()
    {
        var rows = CsvRecords.Read(NetworkMapCsv.WriteNodes(MapSamples.Typical()));

        Assert.Equal(["id", "label", "kind", "role", "domain", "ring", "quality", "frequency", "support_received", "support_given", "wish"], rows[0]);
        Assert.Equal(12, rows.Count);
        Assert.Equal(["m1", "mijn mama", "person", "moeder", "family", "1", "good", "daily", "emotional;practical", "companionship", ""], rows[1]);
        Assert.Equal(["m10", "nonkel Jan", "person", "oom", "family", "", "", "", "", "", ""], rows[10]);
        Assert.All(rows, r => Assert.Equal(11, r.Count));
    }

    [Fact]
    public void Labels_with_commas_quotes_and_newlines_round_trip()
    {
        var labels = new[] { "Tom, Els en co", "de \"beste\" vriend", "twee\r\nregels", "enkel\nLF", "  spaties  ", "" };
        var map = new NetworkMap { Members = [.. labels.Select((l, i) => MapSamples.Member($"x{i}", l, LifeDomain.Friends, 2, null))] };

        var rows = CsvRecords.Read(NetworkMapCsv.WriteNodes(map));

        Assert.Equal(labels, rows.Skip(1).Select(r => r[1]));
    }

    [Fact]
    public void With_semicolons_labels_with_semicolons_commas_and_quotes_round_trip()
    {
        // The files for Belgian Excel: a ";" in a label (or in the joined supports) must be quoted there.
        var labels = new[] { "Tom; Els", "Tom, Els en co", "de \"beste\" vriend", "twee\r\nregels" };
        var map = new NetworkMap { Members = [.. labels.Select((l, i) => MapSamples.Member($"x{i}", l, LifeDomain.Friends, 2, null))] };

        var rows = CsvRecords.Read(NetworkMapCsv.WriteNodes(map, separator: ';'), ';');

        Assert.Equal(NetworkMapCsv.NodesHeader.Split(','), rows[0]);
        Assert.Equal(labels, rows.Skip(1).Select(r => r[1]));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"klik\")")]
    [InlineData("+32 470 12 34 56")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Cells_a_spreadsheet_would_run_as_a_formula_get_an_apostrophe(string label)
    {
        var map = new NetworkMap { Members = [MapSamples.Member("x", label, LifeDomain.Friends, 1, null, role: label)] };

        var row = CsvRecords.Read(NetworkMapCsv.WriteNodes(map))[1];

        Assert.Equal("'" + label, row[1]);
        Assert.Equal("'" + label, row[3]);
    }

    [Fact]
    public void Harmless_labels_are_left_alone()
    {
        var map = new NetworkMap { Members = [MapSamples.Member("x", "Jan-Pieter = mijn nonkel", LifeDomain.Family, 1, null)] };

        Assert.Equal("Jan-Pieter = mijn nonkel", CsvRecords.Read(NetworkMapCsv.WriteNodes(map))[1][1]);
    }

    [Fact]
    public void Edges_are_undirected_ties_once_each_between_members_on_the_map()
    {
        var map = MapSamples.Typical() with { Ties = [new("m1", "m2"), new("m2", "m1"), new("m1", "gone"), new("m3", "m3"), new("m5", "m6")] };

        var rows = CsvRecords.Read(NetworkMapCsv.WriteEdges(map));

        Assert.Equal(["from", "to", "type"], rows[0]);
        Assert.Equal([["m1", "m2", "knows"], ["m5", "m6", "knows"]], rows.Skip(1));
    }

    [Fact]
    public void Ego_is_left_out_unless_asked_for()
    {
        var map = MapSamples.Typical();

        Assert.DoesNotContain(CsvRecords.Read(NetworkMapCsv.WriteNodes(map)), r => r[0] == "ego");
        var nodes = CsvRecords.Read(NetworkMapCsv.WriteNodes(map, includeEgo: true));
        var edges = CsvRecords.Read(NetworkMapCsv.WriteEdges(map, includeEgo: true));
        Assert.Equal("ego", nodes[1][0]);
        Assert.Equal(map.Members.Count(m => m.Ring is not null), edges.Count(r => r[2] == "ring"));
        Assert.All(edges.Where(r => r[2] == "ring"), r => Assert.Equal("ego", r[0]));
    }

    [Fact]
    public void Records_end_with_crlf()
    {
        var csv = NetworkMapCsv.WriteEdges(MapSamples.Typical());

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", csv.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
