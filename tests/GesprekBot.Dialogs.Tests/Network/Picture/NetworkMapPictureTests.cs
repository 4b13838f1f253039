using System.Globalization;
using System.Xml.Linq;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Network.Picture;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network.Picture;

public class NetworkMapPictureTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Same_map_renders_byte_identical_svg()
    {
        Assert.Equal(NetworkMapPicture.RenderSvg(MapSamples.Typical(), Dutch), NetworkMapPicture.RenderSvg(MapSamples.Typical(), Dutch));
    }

    [Fact]
    public void Svg_is_xml_with_an_accessible_name_and_description()
    {
        var svg = SvgAssert.Parse(NetworkMapPicture.RenderSvg(MapSamples.Typical(), Dutch));
        var root = svg.Root!;

        Assert.Equal(SvgAssert.Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("100%", (string?)root.Attribute("width"));
        Assert.Equal("0 0 1000 1000", (string?)root.Attribute("viewBox"));
        Assert.Equal("network-map-title network-map-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("Netwerkkaart", root.Element(SvgAssert.Svg + "title")!.Value);
        Assert.Equal("network-map-title", (string?)root.Element(SvgAssert.Svg + "title")!.Attribute("id"));
        var desc = root.Element(SvgAssert.Svg + "desc")!;
        Assert.Equal("network-map-desc", (string?)desc.Attribute("id"));
        Assert.Contains("Aantal op de kaart: 11", desc.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_member_is_one_labelled_node_with_its_full_label_in_a_title()
    {
        var map = MapSamples.Typical();
        var members = SvgAssert.Members(SvgAssert.Parse(NetworkMapPicture.RenderSvg(map, Dutch))).ToList();

        Assert.Equal(map.Members.Count, members.Count);
        Assert.Equal(["mama", "Tom", "pa", "Max", "Sarah", "de mannen van d…", "de buurvrouw", "begeleider van…", "de bib", "Jan", "Ahmed"], members.Select(SvgAssert.Label));
        Assert.StartsWith("mijn begeleider van het CAW (hulpverlening, relatie: goed)", SvgAssert.Title(members[7]), StringComparison.Ordinal);
    }

    [Fact]
    public void Four_rings_and_a_labelled_band_for_members_not_placed_yet()
    {
        var svg = SvgAssert.Parse(NetworkMapPicture.RenderSvg(MapSamples.Typical(), Dutch));

        Assert.Equal(4, SvgAssert.WithClass(svg, "ring").Count());
        Assert.Single(SvgAssert.WithClass(svg, "unplaced-band"));
        Assert.Equal("nog niet geplaatst", SvgAssert.WithClass(svg, "unplaced-label").Single().Value);
        Assert.Equal("ik", SvgAssert.WithClass(svg, "ego-label").Single().Value);
    }

    [Fact]
    public void One_sector_per_domain_present_in_the_fixed_order_with_unknown_last()
    {
        var svg = SvgAssert.Parse(NetworkMapPicture.RenderSvg(MapSamples.Typical(), Dutch));

        Assert.Equal(6, SvgAssert.WithClass(svg, "sector-line").Count());
        Assert.Equal(
            ["gezin en familie", "vrienden", "buurt", "vrije tijd en", "verenigingen", "hulpverlening", "andere"],
            SvgAssert.WithClass(svg, "domain-label").Select(e => e.Value));
    }

    [Fact]
    public void Map_with_one_domain_has_no_sector_lines()
    {
        var map = new NetworkMap { Members = [MapSamples.Member("a", "mama", LifeDomain.Family, 1, RelationQuality.Good)] };

        var svg = SvgAssert.Parse(NetworkMapPicture.RenderSvg(map, Dutch));

        Assert.Empty(SvgAssert.WithClass(svg, "sector-line"));
        Assert.Single(SvgAssert.WithClass(svg, "domain-label"));
    }

    [Fact]
    public void Empty_map_still_shows_rings_centre_and_legend()
    {
        var svg = SvgAssert.Parse(NetworkMapPicture.RenderSvg(new NetworkMap(), Dutch));

        Assert.Equal(4, SvgAssert.WithClass(svg, "ring").Count());
        Assert.Empty(SvgAssert.Members(svg));
        Assert.Single(SvgAssert.WithClass(svg, "legend"));
    }

    [Fact]
    public void Quality_is_shown_by_colour_and_by_outline()
    {
        var members = SvgAssert.Members(SvgAssert.Parse(NetworkMapPicture.RenderSvg(MapSamples.Typical(), Dutch))).ToList();
        var shape = (int index) => members[index].Elements().First(e => e.Name.LocalName is "circle" or "rect" or "polygon");

        Assert.Equal("4 2", (string?)shape(2).Attribute("stroke-dasharray"));
        Assert.Contains("quality-difficult", (string?)members[2].Attribute("class"), StringComparison.Ordinal);
        Assert.Null(shape(0).Attribute("stroke-dasharray"));
        Assert.Equal("#ffffff", (string?)shape(6).Attribute("fill"));
        Assert.NotEqual((string?)shape(0).Attribute("fill"), (string?)shape(1).Attribute("fill"));
    }

    [Fact]
    public void Kind_is_shown_by_shape()
    {
        var members = SvgAssert.Members(SvgAssert.Parse(NetworkMapPicture.RenderSvg(MapSamples.Typical(), Dutch))).ToList();
        var shapeOf = (int index) => members[index].Elements().First(e => e.Name.LocalName != "title").Name.LocalName;

        Assert.Equal("circle", shapeOf(0));
        Assert.Equal("polygon", shapeOf(3));
        Assert.Equal("rect", shapeOf(5));
        Assert.Equal("polygon", shapeOf(8));
        Assert.Equal(2, members[5].Elements(SvgAssert.Svg + "rect").Count());
    }

    [Fact]
    public void Ties_are_lines_between_members_on_the_map()
    {
        var map = MapSamples.Typical() with { Ties = [new("m1", "m2"), new("m2", "m1"), new("m1", "gone"), new("m3", "m3")] };

        var svg = SvgAssert.Parse(NetworkMapPicture.RenderSvg(map, Dutch));

        Assert.Single(SvgAssert.WithClass(svg, "tie"));
    }

    [Fact]
    public void Legend_names_qualities_kinds_rings_and_ties()
    {
        var legend = SvgAssert.WithClass(SvgAssert.Parse(NetworkMapPicture.RenderSvg(MapSamples.Typical(), Dutch)), "legend").Single();
        var words = legend.Descendants(SvgAssert.Svg + "text").Select(t => t.Value).ToList();

        Assert.Superset(
            new HashSet<string> { "goed", "gemengd", "moeilijk", "onbekend", "persoon", "groep", "dier", "plaats", "1 heel dichtbij", "4 ver weg", "nog niet geplaatst", "kennen elkaar" },
            words.ToHashSet());
    }

    [Fact]
    public void English_picture_uses_english_words()
    {
        var svg = SvgAssert.Parse(NetworkMapPicture.RenderSvg(MapSamples.Typical(), English));

        Assert.Equal("me", SvgAssert.WithClass(svg, "ego-label").Single().Value);
        Assert.Equal("not placed yet", SvgAssert.WithClass(svg, "unplaced-label").Single().Value);
        Assert.Equal("Network map", svg.Root!.Element(SvgAssert.Svg + "title")!.Value);
    }

    [Fact]
    public void Numbers_are_written_invariantly_whatever_the_thread_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = Dutch;
            var svg = SvgAssert.Parse(NetworkMapPicture.RenderSvg(MapSamples.Typical(), Dutch));
            var numbers = svg.Descendants().Attributes().Where(a => a.Name.LocalName is "cx" or "cy" or "x" or "y" or "r" or "x1" or "y2");

            Assert.All(numbers, a => Assert.True(double.TryParse(a.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _), a.Value));
            Assert.DoesNotContain(numbers, a => a.Value.Contains(',', StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Id_prefix_keeps_two_maps_on_one_page_apart()
    {
        var svg = SvgAssert.Parse(NetworkMapPicture.RenderSvg(MapSamples.Typical(), Dutch, "earlier-map"));

        Assert.Equal("earlier-map-title earlier-map-desc", (string?)svg.Root!.Attribute("aria-labelledby"));
        Assert.Throws<ArgumentException>(() => NetworkMapPicture.RenderSvg(MapSamples.Typical(), Dutch, "x\" onload=\"y"));
    }
}
