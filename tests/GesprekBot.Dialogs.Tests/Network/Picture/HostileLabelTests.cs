using System.Globalization;
using System.Xml.Linq;
using GesprekBot.Dialogs.Network.Picture;

namespace GesprekBot.Dialogs.Tests.Network.Picture;

/// <summary>Labels are typed by clients; the picture is shown in a caseworker's browser. Nothing may become markup.</summary>
public class HostileLabelTests
{
    private static readonly XDocument Svg = SvgAssert.Parse(NetworkMapPicture.RenderSvg(MapSamples.Hostile(), CultureInfo.GetCultureInfo("nl-BE")));

    [Fact]
    public void No_script_image_or_foreign_elements_appear()
    {
        var names = Svg.Descendants().Select(e => e.Name.LocalName).ToHashSet();

        Assert.DoesNotContain("script", names);
        Assert.DoesNotContain("img", names);
        Assert.DoesNotContain("b", names);
        Assert.DoesNotContain("foreignObject", names);
        Assert.DoesNotContain("a", names);
        Assert.All(Svg.Descendants(), e => Assert.Equal(SvgAssert.Svg, e.Name.Namespace));
    }

    [Fact]
    public void No_event_handler_or_link_attributes_appear()
    {
        var attributes = Svg.Descendants().Attributes().Select(a => a.Name.LocalName).ToList();

        Assert.DoesNotContain(attributes, a => a.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Contains("href", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Hostile_labels_survive_as_plain_text_in_the_titles()
    {
        var titles = SvgAssert.Members(Svg).Select(SvgAssert.Title).ToList();

        Assert.Contains(titles, t => t.StartsWith(MapSamples.Script, StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith(MapSamples.ImgBreakout, StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("a ]]> b & c &amp; d", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains("\" onload=\"alert(2)", StringComparison.Ordinal));
    }

    [Fact]
    public void Raw_output_holds_no_unescaped_markup_from_labels()
    {
        var raw = NetworkMapPicture.RenderSvg(MapSamples.Hostile(), CultureInfo.GetCultureInfo("nl-BE"));

        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("]]>", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", raw, StringComparison.Ordinal);
        Assert.Contains("&amp;amp;", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Emoji_and_right_to_left_labels_are_kept_and_control_characters_dropped()
    {
        var labels = SvgAssert.Members(Svg).Select(SvgAssert.Label).ToList();

        Assert.Contains("Zeynep 🌸👩🏽‍🦱", labels);
        Assert.Contains("שרה מהעבודה", labels);
        Assert.Contains("tab andcontrol", labels);
    }

    [Fact]
    public void Long_label_is_cut_on_a_whole_character_with_an_ellipsis()
    {
        var label = SvgAssert.Members(Svg).Select(SvgAssert.Label).Single(l => l.StartsWith("een heel", StringComparison.Ordinal));

        Assert.Equal("een heel erg la…", label);
        Assert.Equal("ab👩🏽‍🦱…", LabelText.Shorten("ab👩🏽‍🦱👩🏽‍🦱cdef", 4));
    }
}
