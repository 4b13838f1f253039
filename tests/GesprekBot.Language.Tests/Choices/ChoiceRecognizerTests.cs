
namespace GesprekBot.Language.Tests.Choices;

public class ChoiceRecognizerTests
{
    private static readonly ChoiceOption[] Support =
    [
        new("Emotionele steun", ["troost", "een luisterend oor", "praten"]),
        new("Praktische hulp", ["helpen", "klusjes", "boodschappen"]),
        new("Gezelschap en ontspanning", ["samen iets doen", "plezier"]),
        new("Advies en informatie", ["raad", "tips"]),
    ];

    [Theory]
    [InlineData("1", 0)]
    [InlineData("2", 1)]
    [InlineData("4", 3)]
    [InlineData("de tweede", 1)]
    [InlineData("De eerste!", 0)]
    [InlineData("de derde", 2)]
    [InlineData("de laatste", 3)]
    [InlineData("voorlaatste", 2)]
    [InlineData("nummer 3", 2)]
    [InlineData("optie 2", 1)]
    [InlineData("2de", 1)]
    [InlineData("twee", 1)]
    [InlineData("emotionele steun", 0)]
    [InlineData("Emotionele Steun", 0)]
    [InlineData("praktische hulp", 1)]
    [InlineData("praktiese hulp", 1)]
    [InlineData("praktisch", 1)]
    [InlineData("emotionele", 0)]
    [InlineData("emotionel steun", 0)]
    [InlineData("gezelschap", 2)]
    [InlineData("gezelschap en ontspanning", 2)]
    [InlineData("advies", 3)]
    [InlineData("advis", 3)]
    [InlineData("informatie", 3)]
    [InlineData("troost", 0)]
    [InlineData("een luisterend oor", 0)]
    [InlineData("vooral klusjes", 1)]
    [InlineData("raad", 3)]
    [InlineData("ik kies de praktische hulp", 1)]
    public void Recognize_PicksTheChoice(string text, int expected)
    {
        var match = ChoiceRecognizer.Recognize(text, Support);
        Assert.NotNull(match);
        Assert.Equal(expected, match.Index);
        Assert.InRange(match.Score, ChoiceRecognizer.DefaultThreshold, 1.0);
    }

    [Theory]
    [InlineData("banaan")]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("de tiende")]
    [InlineData("weet ik niet")]
    [InlineData(null)]
    public void Recognize_NothingFits_ReturnsNull(string? text) => Assert.Null(ChoiceRecognizer.Recognize(text, Support));

    [Fact]
    public void Recognize_ExactTextScoresHigherThanTypo()
    {
        var exact = ChoiceRecognizer.Recognize("praktische hulp", Support);
        var typo = ChoiceRecognizer.Recognize("praktiese hulp", Support);
        Assert.True(exact!.Score > typo!.Score);
    }

    [Fact]
    public void Recognize_NoChoices_ReturnsNull() => Assert.Null(ChoiceRecognizer.Recognize("1", []));

    [Fact]
    public void Recognize_ChoiceWhoseTextIsANumber_MatchesByText()
    {
        ChoiceOption[] rings = [new("4"), new("3"), new("2"), new("1")];
        Assert.Equal(1, ChoiceRecognizer.Recognize("3", rings)!.Index);
    }

    [Theory]
    [InlineData("emotionele steun en praktische hulp", new[] { 0, 1 })]
    [InlineData("emotionele steun, praktische hulp en advies", new[] { 0, 1, 3 })]
    [InlineData("1 en 3", new[] { 0, 2 })]
    [InlineData("1, 2 en 4", new[] { 0, 1, 3 })]
    [InlineData("gezelschap en ontspanning", new[] { 2 })]
    [InlineData("gezelschap en ontspanning en advies en informatie", new[] { 2, 3 })]
    [InlineData("troost en klusjes", new[] { 1, 0 })]
    [InlineData("allemaal", new[] { 0, 1, 2, 3 })]
    [InlineData("alles", new[] { 0, 1, 2, 3 })]
    [InlineData("de eerste en de laatste", new[] { 0, 3 })]
    [InlineData("praktiese hulp & advies", new[] { 1, 3 })]
    [InlineData("banaan", new int[0])]
    [InlineData("", new int[0])]
    public void RecognizeMany_PicksEveryChoiceNamed(string text, int[] expected)
    {
        var matches = ChoiceRecognizer.RecognizeMany(text, Support);
        Assert.Equal(expected.Order(), matches.Select(m => m.Index));
    }
}
