using GesprekBot.Language.Crisis;

namespace GesprekBot.Language.Tests.Crisis;

/// <summary>The rules alone, so the trained model cannot make a rule's test pass.</summary>
internal static class CueAssert
{
    public static void Found(CrisisKind kind, string text)
    {
        var findings = CrisisRecognizer.RecognizeByRules(text);
        Assert.NotEmpty(findings);
        Assert.Equal(kind, (findings.FirstOrDefault(f => !f.Unsure) ?? findings[0]).Kind);
    }
}
