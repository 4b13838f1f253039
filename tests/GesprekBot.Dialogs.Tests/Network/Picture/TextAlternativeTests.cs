using System.Globalization;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Network.Picture;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network.Picture;

public class TextAlternativeTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    [Fact]
    public void Describes_each_ring_with_domain_and_quality()
    {
        Assert.Equal(
            [
                "Netwerkkaart. Aantal op de kaart: 11.",
                "Cirkel 1, heel dichtbij: mama (moeder, gezin en familie, relatie: goed); Max (dier, gezin en familie, relatie: goed).",
                "Cirkel 2, dichtbij: Tom (broer, gezin en familie, relatie: gemengd); Sarah (vriendin, vrienden, relatie: goed); begeleider van het CAW (hulpverlening, relatie: goed).",
                "Cirkel 3, wat verder: pa (vader, gezin en familie, relatie: moeilijk); de mannen van de voetbal (groep, vrije tijd en verenigingen, relatie: goed); Ahmed (andere, relatie: gemengd).",
                "Cirkel 4, ver weg: de buurvrouw (buurt, relatie: onbekend); de bib (plaats, vrije tijd en verenigingen, relatie: goed).",
                "Nog niet geplaatst: Jan (oom, gezin en familie, relatie: onbekend).",
                "Kennen elkaar: mama en Tom; Tom en Max; mama en pa; Sarah en de mannen van de voetbal.",
                "Tevredenheid met het netwerk: 6 op 10.",
            ],
            NetworkMapPicture.DescribeAsText(MapSamples.Typical(), Dutch));
    }

    [Fact]
    public void Mentions_every_member_also_with_hostile_labels()
    {
        var map = MapSamples.Hostile();
        var text = string.Join("\n", NetworkMapPicture.DescribeAsText(map, Dutch));

        Assert.All(map.Members, m => Assert.Contains(NetworkWording.Display(m), text, StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_rings_say_nobody_rather_than_disappear()
    {
        var map = new NetworkMap { Members = [MapSamples.Member("a", "Els", LifeDomain.Friends, 3, null)] };

        var lines = NetworkMapPicture.DescribeAsText(map, Dutch);

        Assert.Equal("Cirkel 1, heel dichtbij: niemand.", lines[1]);
        Assert.Equal("Cirkel 3, wat verder: Els (vrienden, relatie: onbekend).", lines[3]);
        Assert.Equal(5, lines.Count);
    }

    [Fact]
    public void A_ring_outside_one_to_four_is_shown_as_not_placed_yet()
    {
        var map = new NetworkMap { Members = [MapSamples.Member("a", "Els", LifeDomain.Friends, 7, null)] };

        Assert.Equal("Nog niet geplaatst: Els (vrienden, relatie: onbekend).", NetworkMapPicture.DescribeAsText(map, Dutch)[5]);
        Assert.Equal(MapGeometry.UnplacedBand, MapLayout.For(map).Members.Single().Band);
    }

    [Fact]
    public void English_text_alternative()
    {
        var lines = NetworkMapPicture.DescribeAsText(MapSamples.Typical(), CultureInfo.GetCultureInfo("en"));

        Assert.Equal("Network map. Number on the map: 11.", lines[0]);
        Assert.StartsWith("Circle 1, very close: mama (moeder, family, relation: good)", lines[1], StringComparison.Ordinal);
        Assert.Equal("Satisfaction with the network: 6 out of 10.", lines[^1]);
    }
}
