using System.Collections;
using System.Globalization;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network;

public class NetworkTextsTests
{
    private static HashSet<string> Keys(CultureInfo culture)
    {
        // Not disposed: the ResourceManager caches this set and would hand out a closed one afterwards.
        var set = NetworkTexts.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No network texts for {culture.Name}.");
        return [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
    }

    [Fact]
    public void Dutch_and_english_have_the_same_texts()
    {
        Assert.Equal(Keys(CultureInfo.InvariantCulture).Order(), Keys(CultureInfo.GetCultureInfo("en")).Order());
    }

    [Theory]
    [InlineData("nl-BE")]
    [InlineData("en")]
    public void Every_value_on_the_map_has_plain_words(string name)
    {
        var texts = new NetworkTextCatalog(CultureInfo.GetCultureInfo(name));

        Assert.All(Enum.GetValues<LifeDomain>(), d => Assert.NotEmpty(NetworkWording.Domain(texts, d)));
        Assert.All(Enum.GetValues<SupportType>(), s => Assert.NotEmpty(NetworkWording.Support(texts, s)));
        Assert.All(Enum.GetValues<ContactFrequency>(), f => Assert.NotEmpty(NetworkWording.Frequency(texts, f)));
        Assert.All(Enum.GetValues<RelationQuality>(), q => Assert.NotEmpty(NetworkWording.Quality(texts, q)));
        Assert.All(Enumerable.Range(1, 4), r => Assert.NotEmpty(NetworkWording.Ring(texts, r)));
        Assert.All([RadioMove.Maintain, RadioMove.Intensify, RadioMove.Reanimate, RadioMove.Activate, RadioMove.Unblock],
            m => Assert.NotEmpty(NetworkWording.Wish(texts, m)));
    }

    [Fact]
    public void A_missing_text_fails_loudly()
    {
        var texts = new NetworkTextCatalog(CultureInfo.InvariantCulture);

        Assert.Throws<InvalidOperationException>(() => texts["NoSuchText"]);
    }
}
