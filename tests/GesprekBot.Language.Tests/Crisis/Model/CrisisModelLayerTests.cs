using GesprekBot.Language.Crisis;
using GesprekBot.Language.Crisis.Model;

namespace GesprekBot.Language.Tests.Crisis.Model;

public class CrisisModelLayerTests
{
    [Fact]
    public void Recognize_TrainingLinesNoRuleFinds_AreFoundUnsureByTheModel()
    {
        var missedByRules = TrainingSet.LoadEmbedded().Where(e => e.Kind is not null && CrisisRecognizer.RecognizeByRules(e.Text).Count == 0).ToList();
        Assert.NotEmpty(missedByRules);

        var found = 0;
        foreach (var example in missedByRules)
        {
            var findings = CrisisRecognizer.Recognize(example.Text);
            Assert.All(findings, f => Assert.True(f.Unsure && !f.ImmediateDanger, $"{example.Text}: {f}"));
            found += findings.Count > 0 ? 1 : 0;
        }

        // Lines it was trained on: not a measure of generalisation (the cross-validation is), a check that the layer is wired
        // in. Not all: the threshold is high (few false alarms), and the penalty keeps the model from learning lines by heart.
        Assert.True(found >= 0.5 * missedByRules.Count, $"{found} of {missedByRules.Count}");
    }

    [Fact]
    public void Complete_ASureRuleFinding_IsLeftAlone()
    {
        var ruled = CrisisRecognizer.RecognizeByRules("ik wil dood");
        Assert.Same(ruled, CrisisModelLayer.Complete("ik wil dood", ruled, CrisisModelLayer.Model, threshold: 0));
    }

    [Fact]
    public void Complete_AboveTheThreshold_AddsOneUnsureFindingWithTheClientsWords()
    {
        var findings = CrisisModelLayer.Complete("  ik wil gewoon verdwijnen en nooit meer terugkomen ", [], CrisisModelLayer.Model, threshold: 0);
        var finding = Assert.Single(findings);
        Assert.Equal(new CrisisFinding(CrisisKind.Suicide, "ik wil gewoon verdwijnen en nooit meer terugkomen", Unsure: true, ImmediateDanger: false), finding);
    }

    [Fact]
    public void Complete_BelowTheThreshold_AddsNothing() =>
        Assert.Empty(CrisisModelLayer.Complete("ik wil gewoon verdwijnen", [], CrisisModelLayer.Model, threshold: 1.01));

    [Fact]
    public void Complete_AnUnsureRuleFindingOfTheSameKind_IsNotRepeated()
    {
        CrisisFinding unsure = new(CrisisKind.Suicide, "geen zin meer", Unsure: true, ImmediateDanger: false);
        Assert.Equal([unsure], CrisisModelLayer.Complete("ik wil gewoon verdwijnen en nooit meer terugkomen", [unsure], CrisisModelLayer.Model, threshold: 0));
    }

    [Theory]
    [InlineData("ik wil verder")]
    [InlineData("5 denk ik")]
    [InlineData("wil nie meer")]
    public void Complete_AShortReply_IsNeverTheModels(string text) =>
        Assert.Empty(CrisisModelLayer.Complete(text, [], CrisisModelLayer.Model, threshold: 0));

    [Fact]
    public void PredictMessage_ALongText_IsReadSentenceBySentence()
    {
        var filler = string.Concat(Enumerable.Repeat("Het was een lange week met de kinderen en het werk. ", 10));
        var text = filler + "Ik wil gewoon verdwijnen en nooit meer terugkomen. " + filler;
        Assert.True(text.Length > CrisisModel.MaxLength);
        var (prediction, start, length) = CrisisModelLayer.PredictMessage(CrisisModelLayer.Model, text);
        Assert.Equal("Ik wil gewoon verdwijnen en nooit meer terugkomen", text.Substring(start, length).Trim());
        Assert.Equal(CrisisKind.Suicide, prediction.Kind);
    }
}
