using GesprekBot.Language.Text;

namespace GesprekBot.Language.Tests.Text;

public class TextTests
{
    [Theory]
    [InlineData("Oké!", "oke")]
    [InlineData("  Mijn   MAMA,  en  papa ", "mijn mama en papa")]
    [InlineData("drieëntwintig", "drieentwintig")]
    [InlineData("café 😀 crème", "cafe creme")]
    [InlineData("ça va", "ca va")]
    [InlineData("straße", "strase")]
    [InlineData("\t\n", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("Émile", "emile")]
    public void Normalize_FoldsCaseDiacriticsAndPunctuation(string? text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("nonkel", "nonkel", 0)]
    [InlineData("nonkle", "nonkel", 1)]
    [InlineData("buurvrouwe", "buurvrouw", 1)]
    [InlineData("praktiese", "praktische", 3)]
    [InlineData("praktishe", "praktische", 1)]
    [InlineData("mama", "papa", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void EditDistance_CountsTyposWithTranspositions(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Compute(a, b));

    [Fact]
    public void EditDistance_StopsEarlyAboveTheLimit() =>
        Assert.True(EditDistance.Compute("grootmoeder", "zus", 1) > 1);

    [Fact]
    public void EditDistance_LongStrings_DoNotOverflowTheStack()
    {
        var a = new string('a', 5000);
        var b = new string('b', 5000);
        Assert.Equal(5000, EditDistance.Compute(a, b));
    }

    [Fact]
    public void Tokenizer_JoinsApostrophesAndHyphensInsideWords()
    {
        var tokens = Tokenizer.Tokenize("m'n ex-man, mama's!");
        Assert.Equal(["mn", "exman", ",", "mamas", "!"], tokens.Select(t => t.Norm));
    }
}
