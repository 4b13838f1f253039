using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Network.Picture;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network.Picture;

public class MapLayoutTests
{
    public static TheoryData<string, int, int[]> Crowds => new()
    {
        // name, members per cell, rings used (5 = not placed yet); domains are taken from the front of the list
        { "one domain, 12 in every ring and unplaced", 12, [1, 2, 3, 4, 5] },
        { "four domains, 12 each in the innermost ring", 12, [1] },
        { "every domain, 3 in every ring and unplaced", 3, [1, 2, 3, 4, 5] },
        { "every domain, 1 in ring 1", 1, [1] },
    };

    private static readonly LifeDomain[] Domains = Enum.GetValues<LifeDomain>();

    [Theory]
    [MemberData(nameof(Crowds))]
    public void Nodes_never_touch_and_stay_in_their_ring_and_sector(string name, int perCell, int[] rings)
    {
        var domains = name.StartsWith("one", StringComparison.Ordinal) ? 1 : name.StartsWith("four", StringComparison.Ordinal) ? 4 : Domains.Length;
        var members = new List<NetworkMember>();
        foreach (var domain in Domains.Take(domains))
        {
            foreach (var ring in rings)
            {
                for (var i = 0; i < perCell; i++)
                {
                    members.Add(MapSamples.Member($"{domain}-{ring}-{i}", "x", domain, ring == 5 ? null : ring, null));
                }
            }
        }

        var layout = MapLayout.For(new NetworkMap { Members = members });

        Assert.Equal(members.Count, layout.Members.Count);
        for (var i = 0; i < layout.Members.Count; i++)
        {
            var a = layout.Members[i];
            var radius = Distance(a.X, a.Y, MapGeometry.CentreX, MapGeometry.CentreY);
            Assert.InRange(radius, MapGeometry.BandInner(a.Band) + MapGeometry.NodeRadius, MapGeometry.BandOuter(a.Band) - MapGeometry.NodeRadius);
            var sector = layout.Sectors.Single(s => s.Domain == a.Domain);
            var angle = Math.Atan2(a.Y - MapGeometry.CentreY, a.X - MapGeometry.CentreX);
            var offset = ((angle - sector.Start) % (2 * Math.PI) + (2 * Math.PI)) % (2 * Math.PI);
            Assert.True(layout.Sectors.Count == 1 || offset <= sector.Sweep, $"{a.Member.Id} outside its sector");
            for (var j = i + 1; j < layout.Members.Count; j++)
            {
                var b = layout.Members[j];
                Assert.True(Distance(a.X, a.Y, b.X, b.Y) >= 2 * MapGeometry.NodeRadius, $"{a.Member.Id} touches {b.Member.Id}");
            }
        }
    }

    [Fact]
    public void Sectors_cover_the_circle_once_starting_at_twelve_o_clock()
    {
        var layout = MapLayout.For(MapSamples.Typical());

        Assert.Equal(-Math.PI / 2, layout.Sectors[0].Start, 6);
        Assert.Equal(2 * Math.PI, layout.Sectors.Sum(s => s.Sweep), 6);
        Assert.Equal(LifeDomain.Unknown, layout.Sectors[^1].Domain);
    }

    [Fact]
    public void Moving_a_member_to_another_place_in_the_list_does_not_move_members_of_other_cells()
    {
        var map = MapSamples.Typical();
        var reordered = map with { Members = [.. map.Members.Where(m => m.Id != "m5"), map.Members[4]] };

        var before = MapLayout.For(map).Members.ToDictionary(p => p.Member.Id, p => (p.X, p.Y));
        var after = MapLayout.For(reordered).Members.ToDictionary(p => p.Member.Id, p => (p.X, p.Y));

        Assert.Equal(before, after);
    }

    [Fact]
    public void Labels_of_a_cell_that_needs_several_lanes_are_smaller_and_shorter()
    {
        var map = new NetworkMap
        {
            Members = [.. Enumerable.Range(0, 12).Select(i => MapSamples.Member($"f{i}", $"familielid nummer {i}", LifeDomain.Family, 1, null))
                .Append(MapSamples.Member("x", "Sarah", LifeDomain.Friends, 3, null))],
        };

        var members = SvgAssert.Members(SvgAssert.Parse(NetworkMapPicture.RenderSvg(map, System.Globalization.CultureInfo.GetCultureInfo("nl-BE")))).ToList();
        var labels = members.Select(m => m.Elements(SvgAssert.Svg + "text").Single()).ToList();

        Assert.All(labels.Take(12), l => Assert.Equal("9", (string?)l.Attribute("font-size")));
        Assert.Equal("familieli…", labels[0].Value);
        Assert.Equal("11", (string?)labels[12].Attribute("font-size"));
        Assert.Equal("familielid nummer 0 (gezin en familie, relatie: onbekend)", SvgAssert.Title(members[0]));
    }

    private static double Distance(double x1, double y1, double x2, double y2) => Math.Sqrt(((x1 - x2) * (x1 - x2)) + ((y1 - y2) * (y1 - y2)));
}
