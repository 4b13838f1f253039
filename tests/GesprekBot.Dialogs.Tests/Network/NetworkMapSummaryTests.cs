using System.Globalization;
using GesprekBot.Dialogs.Network;

namespace GesprekBot.Dialogs.Tests.Network;

public class NetworkMapSummaryTests
{
    [Fact]
    public void The_summary_says_who_is_how_close_what_they_mean_who_knows_whom_wishes_and_satisfaction()
    {
        var lines = NetworkMapSummary.Describe(SampleMaps.Family, CultureInfo.GetCultureInfo("nl-BE"));

        Assert.Equal(
        [
            "Op je kaart staan 6 mensen, dieren of plekken.",
            "Heel dichtbij: mama en Max (hond).",
            "Dichtbij: Tom (broer) en begeleider.",
            "Ver weg: de buurvrouw.",
            "Nog zonder plaats: het park.",
            "Mama: geeft jou emotionele steun en praktische hulp; jij geeft gezelschap en ontspanning; contact: dagelijks; het contact is goed; je wens: zo houden.",
            "Tom: het contact is moeilijk.",
            "Begeleider: geeft jou emotionele steun en advies en informatie.",
            "Zij kennen elkaar: mama en Tom.",
            "Je wil graag (meer) contact met: papa.",
            "Hoe tevreden je bent over je netwerk: 6 op 10.",
        ], lines);
    }

    [Theory]
    [InlineData("nl-BE", "Op je kaart staat 1 persoon, dier of plek.")]
    [InlineData("en", "Your map has 1 person, animal or place.")]
    public void One_member_is_counted_in_the_singular(string culture, string expected)
    {
        var one = SampleMaps.Family with { Members = [SampleMaps.Family.Members[0]] };

        Assert.Equal(expected, NetworkMapSummary.Describe(one, CultureInfo.GetCultureInfo(culture))[0]);
    }

    [Fact]
    public void An_english_summary_uses_english_words()
    {
        var lines = NetworkMapSummary.Describe(SampleMaps.Family, CultureInfo.GetCultureInfo("en"));

        Assert.Equal("Your map has 6 people, animals or places.", lines[0]);
        Assert.Equal("Very close: mama and Max (hond).", lines[1]);
        Assert.Equal("How happy you are with your network: 6 out of 10.", lines[^1]);
    }

    [Fact]
    public void An_empty_map_says_so_and_still_shows_the_wish_in_the_clients_words()
    {
        var lines = NetworkMapSummary.Describe(new NetworkMap { Wishes = ["iemand om mee te wandelen"] }, CultureInfo.GetCultureInfo("nl-BE"));

        Assert.Equal(["Op je kaart staat nog niemand.", "Je wens: iemand om mee te wandelen"], lines);
    }
}
