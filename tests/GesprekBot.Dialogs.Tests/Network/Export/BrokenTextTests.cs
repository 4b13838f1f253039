using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Network.Export;
using GesprekBot.Dialogs.Network.Picture;
using GesprekBot.Dialogs.Tests.Network.Picture;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network.Export;

/// <summary>A label cut in the middle of an emoji (a lone surrogate) or holding a control character must not break any output.</summary>
public class BrokenTextTests
{
    private static readonly NetworkMap Map = new()
    {
        Members = [MapSamples.Member("a", "Els \uD83C", LifeDomain.Friends, 1, null, role: "\u0007vriendin\uDC00")],
    };

    [Fact]
    public void Every_format_still_writes_and_parses()
    {
        var svg = XDocument.Parse(NetworkMapPicture.RenderSvg(Map, CultureInfo.GetCultureInfo("nl-BE")));
        var graph = XDocument.Parse(NetworkMapGraphMl.Write(Map));
        using var json = JsonDocument.Parse(NetworkMapJson.Write(Map));
        var csv = CsvRecords.Read(NetworkMapCsv.WriteNodes(Map));

        Assert.Contains("Els", SvgAssert.Label(SvgAssert.Members(svg).Single()), StringComparison.Ordinal);
        Assert.Single(graph.Descendants(XName.Get("node", NetworkMapGraphMl.Namespace)));
        Assert.StartsWith("Els", json.RootElement.GetProperty("members")[0].GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, csv.Count);
    }
}
