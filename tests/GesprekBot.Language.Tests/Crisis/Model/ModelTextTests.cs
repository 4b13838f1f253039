using GesprekBot.Language.Crisis.Model;

namespace GesprekBot.Language.Tests.Crisis.Model;

public class ModelTextTests
{
    [Theory]
    [InlineData("Ik wil DOOD", " ik wil dood ")]
    [InlineData("ik wil het beëindigen!", " ik wil het beeindigen ")]
    [InlineData("m'n ma's vriend", " mn mas vriend ")]
    [InlineData("kwil nie meeeer", " ik wil nie meer ")]
    [InlineData("kheb mij gekrast", " ik heb mij gekrast ")]
    [InlineData("  ...ik,   zie het niet meer zitten?? ", " ik zie het niet meer zitten ")]
    [InlineData("kaas en koffie", " kaas en koffie ")]
    [InlineData("zelfmort 2x", " zelfmort 2x ")]
    public void Normalize_FoldsCaseAccentsPunctuationAndGluedForms(string text, string expected) =>
        Assert.Equal(expected, Normalized(text));

    [Theory]
    [InlineData("")]
    [InlineData("!!! ... 😀")]
    public void Normalize_NoWord_IsEmpty(string text) => Assert.Equal("", Normalized(text));

    [Fact]
    public void Normalize_EveryWordGlued_FitsTheCapacity()
    {
        var text = string.Join(' ', Enumerable.Repeat("kwil", 50));
        Assert.Equal(" " + string.Join(' ', Enumerable.Repeat("ik wil", 50)) + " ", Normalized(text));
    }

    private static string Normalized(string text)
    {
        var buffer = new char[ModelText.Capacity(text.Length)];
        return new string(buffer, 0, ModelText.Normalize(text, buffer));
    }
}
