using System.Collections;
using System.Globalization;
using GesprekBot.Dialogs.Network.Picture;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Tests.Network.Picture;

public class PictureTextsTests
{
    private static Dictionary<string, string> Texts(CultureInfo culture)
    {
        // Not disposed: the ResourceManager caches this set and would hand out a closed one afterwards.
        var set = PictureTexts.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No picture texts for {culture.Name}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Fact]
    public void Dutch_and_english_have_the_same_texts_with_the_same_placeholders()
    {
        var dutch = Texts(CultureInfo.InvariantCulture);
        var english = Texts(CultureInfo.GetCultureInfo("en"));

        Assert.Equal(dutch.Keys.Order(), english.Keys.Order());
        Assert.All(dutch, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(english[pair.Key])));
    }

    [Theory]
    [InlineData("nl-BE")]
    [InlineData("en")]
    public void Every_kind_has_a_name_for_the_legend(string name)
    {
        var texts = new PictureTextCatalog(CultureInfo.GetCultureInfo(name));

        Assert.All(Enum.GetValues<MemberKind>(), k => Assert.NotEmpty(texts.Kind(k)));
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order()];
}
