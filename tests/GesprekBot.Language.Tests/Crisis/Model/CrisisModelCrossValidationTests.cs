using GesprekBot.Language.Crisis.Model;
using GesprekBot.Language.Tests.Evaluation;
using Xunit.Abstractions;

namespace GesprekBot.Language.Tests.Crisis.Model;

/// <summary>
/// The model's figures on lines it was not trained on. The floors are below the figures the
/// cross-validation gives today (see the language README), so they catch a model or a data change
/// that loses recall or buys it with alarms; they were never tuned on a test sentence.
/// </summary>
public sealed class CrisisModelCrossValidationTests(CrossValidationFixture fixture, ITestOutputHelper output) : IClassFixture<CrossValidationFixture>
{
    private const int HeldOut3Fold = 2;

    [Fact]
    public void Threshold_IsTheLowestWhoseCrossValidatedAlarmsStayWithinOneIn30()
    {
        var report = new CrisisModelReport(fixture.Lines, CrisisModelLayer.Threshold);
        var chosen = CrisisModelReport.Grid.First(t => report.CombinedAt(t).AlarmsPer30 <= 1.0);
        Assert.Equal(CrisisModelLayer.Threshold, chosen, precision: 6);
    }

    [Fact]
    public void CrossValidated_CombinedRecallAndAlarms_MeetTheirFloors()
    {
        var report = new CrisisModelReport(fixture.Lines, CrisisModelLayer.Threshold);
        using var writer = new StringWriter();
        report.Print(writer, withErrors: true);
        output.WriteLine(writer.ToString());

        var combined = report.Combined();
        // Sets 6–8 (written blind, each scored once, then joined the training file on 2026-12-02) are harder than
        // the rest: all lines 0.861 at 0.90 since then. The lines that were there before keep their own floor, so
        // the new data and threshold are seen not to cost recall where it was measured before.
        var before = new CrisisModelReport([.. fixture.Lines.Where(l => !IsLateBlindSet(l.Example.Source))], CrisisModelLayer.Threshold).Combined();
        output.WriteLine($"without sets 6-8: {before}");
        Assert.True(combined.Recall >= 0.85, $"cross-validated recall {combined.Recall:0.000} < 0.85");
        // 0.894 on 2026-12-02 (7 folds, threshold 0.80), after the rules learnt preparations, traces, control and
        // abuse told as care and the message-wide frames cut their alarms; 0.838 before, with 6 folds and 0.90.
        Assert.True(before.Recall >= 0.88, $"cross-validated recall without sets 6-8 {before.Recall:0.000} < 0.88");
        Assert.True(combined.AlarmsPer30 <= 1.0, $"cross-validated {combined.AlarmsPer30:0.00} false alarms per 30 > 1");
        Assert.True(combined.EasyAlarms * 30.0 / combined.Easy <= 1.0, $"{combined.EasyAlarms} alarms on {combined.Easy} intake answers");
    }

    [Fact]
    public void CrossValidated_OnTheFileTheRulesNeverSaw_TheModelAddsRecall()
    {
        // Held-out set 3 was scored once by the rules and never tuned on: the one fold where the rules are blind too.
        var report = new CrisisModelReport(fixture.Lines, CrisisModelLayer.Threshold);
        var rules = report.RulesAlone(HeldOut3Fold);
        var combined = report.Combined(HeldOut3Fold);
        Assert.True(combined.Recall >= rules.Recall + 0.08, $"rules {rules}, combined {combined}");
        Assert.True(combined.HardAlarms <= rules.HardAlarms + 1, $"rules {rules}, combined {combined}");
    }

    [Fact]
    public void CrossValidated_EveryKind_IsFound()
    {
        var report = new CrisisModelReport(fixture.Lines, CrisisModelLayer.Threshold);
        foreach (var kind in Enum.GetValues<GesprekBot.Language.Crisis.CrisisKind>())
        {
            // Lowest today: self-harm 0.858 (2026-12-02; it was 0.783).
            Assert.True(report.Combined(kind: kind).Recall >= 0.84, $"{kind}: {report.Combined(kind: kind)}");
        }
    }

    private static bool IsLateBlindSet(string source) =>
        source.EndsWith("crisis-heldout-6.txt", StringComparison.Ordinal) || source.EndsWith("crisis-heldout-7.txt", StringComparison.Ordinal)
        || source.EndsWith("crisis-heldout-8.txt", StringComparison.Ordinal);

    [Fact]
    public void Folds_KeepEachHeldOutFileTogether()
    {
        var examples = TrainingSet.LoadEmbedded();
        var folds = CrisisCrossValidation.AssignFolds(examples);
        for (var i = 0; i < examples.Count; i++)
        {
            if (examples[i].Source.EndsWith("crisis-heldout-3.txt", StringComparison.Ordinal))
            {
                Assert.Equal(HeldOut3Fold, folds[i]);
            }
            else
            {
                Assert.NotEqual(HeldOut3Fold, folds[i]);
            }
        }
    }
}
