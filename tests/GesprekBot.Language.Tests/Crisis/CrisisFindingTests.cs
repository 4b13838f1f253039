using GesprekBot.Language.Crisis;

namespace GesprekBot.Language.Tests.Crisis;

public class CrisisFindingTests
{
    [Theory]
    [InlineData("ik heb pillen gespaard om alles te stoppen")]
    [InlineData("ik wil me ophangen")]
    [InlineData("ik wil van een brug springen")]
    [InlineData("ik wil voor de trein springen")]
    [InlineData("ik ga een overdosis nemen")]
    [InlineData("het touw ligt klaar")]
    [InlineData("ik wil mijn polsen doorsnijden")]
    [InlineData("ik wil vannacht dood")]
    public void Recognize_AMethodOrAPlan_IsImmediateDanger(string text)
    {
        var finding = Assert.Single(CrisisRecognizer.Recognize(text), f => f.Kind == CrisisKind.Suicide);
        Assert.True(finding.ImmediateDanger);
        Assert.False(finding.Unsure);
    }

    [Theory]
    [InlineData("ik wil er niet meer zijn")]
    [InlineData("ik wil dood")]
    [InlineData("ik zie het niet meer zitten")]
    public void Recognize_AWishWithoutAMethod_IsSureButNotImmediate(string text)
    {
        var finding = Assert.Single(CrisisRecognizer.Recognize(text));
        Assert.False(finding.Unsure);
        Assert.False(finding.ImmediateDanger);
    }

    [Theory]
    [InlineData("ik heb geen zin meer", CrisisKind.Suicide)]
    [InlineData("ik kan niet meer", CrisisKind.Suicide)]
    [InlineData("ik ga dood", CrisisKind.Suicide)]
    [InlineData("ik kan me wel ophangen aan die deadline", CrisisKind.Suicide)]
    [InlineData("ik ben een last voor iedereen", CrisisKind.Suicide)]
    [InlineData("ik heb me bezeerd", CrisisKind.SelfHarm)]
    [InlineData("ik ben bang voor mijn vader", CrisisKind.Violence)]
    [InlineData("hij raakt mij aan", CrisisKind.Abuse)]
    public void Recognize_WordsThatMayBeHarmless_AreUnsure(string text, CrisisKind kind)
    {
        var finding = Assert.Single(CrisisRecognizer.Recognize(text));
        Assert.Equal(kind, finding.Kind);
        Assert.True(finding.Unsure);
    }

    [Fact]
    public void Recognize_UnsureGivesWayToSureOfTheSameKind()
    {
        var finding = Assert.Single(CrisisRecognizer.Recognize("ik heb geen zin meer, ik wil dood"));
        Assert.False(finding.Unsure);
        Assert.Equal("wil dood", finding.Evidence);
    }

    [Theory]
    [InlineData("Ik wil er NIET meer zijn!!", "er NIET meer zijn")]
    [InlineData("ik denk aan zelfmoord", "zelfmoord")]
    [InlineData("ik wil er een einde aan maken", "einde aan maken")]
    [InlineData("Mijn ma KLOPT mij", "KLOPT mij")]
    [InlineData("ik kras in mijn armen", "kras in mijn armen")]
    [InlineData("mijn nonkel zit aan mij", "zit aan mij")]
    [InlineData("ik wil zelf moord", "zelf moord")]
    public void Recognize_Evidence_IsTheClientsOwnSpan(string text, string evidence) =>
        Assert.Contains(CrisisRecognizer.Recognize(text), f => f.Evidence == evidence);

    [Fact]
    public void Recognize_ALongTextWithTheSignalAtTheStart_IsFound()
    {
        var text = "ik wil dood. " + string.Concat(Enumerable.Repeat("Het is een lange week geweest met de kinderen en het werk. ", 200));
        Assert.Equal(CrisisKind.Suicide, Assert.Single(CrisisRecognizer.Recognize(text)).Kind);
    }

    [Fact]
    public void Recognize_ALongTextWithTheSignalAtTheEnd_IsFound()
    {
        var text = string.Concat(Enumerable.Repeat("Het is een lange week geweest met de kinderen en het werk. ", 200)) + "En mijn man slaat mij.";
        var finding = Assert.Single(CrisisRecognizer.Recognize(text));
        Assert.Equal(CrisisKind.Violence, finding.Kind);
        Assert.Equal("slaat mij", finding.Evidence);
    }

    [Fact]
    public void Recognize_AHugeHarmlessText_StaysQuickAndFindsNothing()
    {
        var text = string.Concat(Enumerable.Repeat("mijn mama en mijn broer helpen mij, ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(CrisisRecognizer.Recognize(text));
        Assert.True(watch.ElapsedMilliseconds < 500, $"{watch.ElapsedMilliseconds} ms");
    }
}
