using GesprekBot.Language.Crisis;

namespace GesprekBot.Language.Tests.Crisis;

/// <summary>Self-harm told by its traces and excuses, in phrasings of our own; the look-alikes beside each.</summary>
public class CoverCuesTests
{
    [Theory]
    [InlineData("tegen iedereen zeg ik dat de krassen van de poes zijn")]
    [InlineData("ik zeg altijd dat het de hond was")]
    [InlineData("over de pleisters heb ik tegen de dokter gelogen")]
    [InlineData("ik zeg dat ik gevallen ben maar ik doe het zelf")]
    [InlineData("ik heb het opnieuw gedaan met een mesje en het bloedde")]
    [InlineData("gisteren weer gebrand met de aansteker")]
    [InlineData("twee weken clean van krassen en nu weer opnieuw")]
    [InlineData("ik tel de streepjes op mijn benen")]
    [InlineData("ik ga niet naar de zwemles want dan zien ze mijn polsen")]
    [InlineData("i punch walls till my knuckles break")]
    [InlineData("de lijntjes op mijn dijen mag niemand zien")]
    [InlineData("ik verstop de pleisters onder mijn mouw op mijn arm")]
    [InlineData("vorige nacht heb ik het opnieuw gedaan met een scherf")]
    public void RecognizeByRules_ATraceOrAnExcuse_IsSelfHarm(string text) => CueAssert.Found(CrisisKind.SelfHarm, text);

    [Fact]
    public void RecognizeByRules_ThePetBlamedWithoutMarks_IsUnsure()
    {
        var findings = CrisisRecognizer.RecognizeByRules("ik zeg altijd dat het de hond was");
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.True(f.Unsure, $"{f}"));
    }

    [Theory]
    [InlineData("ik zei dat de hond de vaas had omgegooid")]
    [InlineData("ik heb de kaarsen weer gebrand met een aansteker")]
    [InlineData("mijn broer is drie maanden clean van drugs")]
    [InlineData("ik tel de dagen tot mijn verjaardag")]
    [InlineData("ik draag geen korte broek want dan zien ze mijn benen, die zijn niet geschoren")]
    [InlineData("ik krab aan mijn muggenbeten tot het bloedt")]
    [InlineData("i cut my hair myself this morning")]
    [InlineData("de lijnen van mijn tattoo mag niemand zien op het werk")]
    [InlineData("ik heb het weer gedaan met de schaar, mijn haar is te kort")]
    public void RecognizeByRules_TheLookAlike_FindsNothing(string text) => Assert.Empty(CrisisRecognizer.RecognizeByRules(text));
}
