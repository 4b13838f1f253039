using System.Globalization;
using GesprekBot.Dialogs.Engine.Prompts;

namespace GesprekBot.Dialogs.Engine.Tests.Prompts;

public class DefaultRecognizersTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    [Theory]
    [InlineData("42", true, 42)]
    [InlineData(" -3 ", true, -3)]
    [InlineData("7.", true, 7)]
    [InlineData("7,5", false, 0)]
    [InlineData("zeven", false, 0)]
    [InlineData("", false, 0)]
    [InlineData("99999999999", false, 0)]
    public void Number_Int(string text, bool succeeded, int value)
    {
        var result = DefaultRecognizers.Number<int>(text, Dutch);

        Assert.Equal(succeeded, result.Succeeded);
        Assert.Equal(value, result.Value);
    }

    [Theory]
    [InlineData("7,5", "7.5")]
    [InlineData("7.5", "7.5")]
    [InlineData("-0,25", "-0.25")]
    [InlineData("10", "10")]
    public void Number_Decimal_TakesCommaOrPointAsTheDecimalMark(string text, string expected)
    {
        var result = DefaultRecognizers.Number<decimal>(text, Dutch);

        Assert.True(result.Succeeded);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("1.000,5")]
    [InlineData("7,5,1")]
    public void Number_Decimal_RefusesAmbiguousMarks(string text)
    {
        Assert.False(DefaultRecognizers.Number<decimal>(text, Dutch).Succeeded);
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("JAWEL", true)]
    [InlineData("oké", true)]
    [InlineData("neen", false)]
    [InlineData("nee!", false)]
    public void YesNo_Recognizes(string text, bool expected)
    {
        var result = DefaultRecognizers.YesNo(text, Dutch);

        Assert.True(result.Succeeded);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("misschien")]
    [InlineData("ja nee")]
    [InlineData("")]
    public void YesNo_RefusesAnythingElse(string text)
    {
        Assert.False(DefaultRecognizers.YesNo(text, Dutch).Succeeded);
    }

    [Fact]
    public void MultiChoice_AWholeChoiceContainingEn_WinsOverSplitting()
    {
        Choice[] choices = [new("Vrienden en kennissen"), new("Vrienden"), new("Kennissen")];

        var whole = DefaultRecognizers.MultiChoice("vrienden en kennissen", choices, Dutch);
        var split = DefaultRecognizers.MultiChoice("vrienden, kennissen", choices, Dutch);

        Assert.Equal([0], whole.Value!.Select(c => c.Index));
        Assert.Equal([1, 2], split.Value!.Select(c => c.Index));
    }

    [Fact]
    public void Text_TrimsAndRefusesBlank()
    {
        Assert.Equal("Tom", DefaultRecognizers.Text("  Tom\n", Dutch).Value);
        Assert.False(DefaultRecognizers.Text(" \t", Dutch).Succeeded);
    }
}
