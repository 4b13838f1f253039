using System.Globalization;
using GesprekBot.Language.Crisis;

namespace GesprekBot.Language.Tests.Evaluation;

/// <summary>The cross-validated figures of the crisis model: alone, the rules alone, and the two combined.</summary>
internal sealed class CrisisModelReport(IReadOnlyList<ScoredLine> lines, double threshold)
{
    /// <summary>The thresholds the selection looks at, lowest first.</summary>
    public static IReadOnlyList<double> Grid { get; } = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

    public double Threshold { get; } = threshold;

    public Figures Combined(int? fold = null, CrisisKind? kind = null) => Count(fold, kind, l => l.Combined(Threshold).Count > 0);

    public Figures ModelAlone(int? fold = null) => Count(fold, null, l => l.FoundByModel(Threshold));

    public Figures RulesAlone(int? fold = null) => Count(fold, null, l => l.Rules.Count > 0);

    public Figures CombinedAt(double threshold, int? fold = null) => Count(fold, null, l => l.Rules.Count > 0 || l.FoundByModel(threshold));

    private Figures Count(int? fold, CrisisKind? kind, Func<ScoredLine, bool> found)
    {
        var selected = lines.Where(l => fold is null || l.Fold == fold).ToList();
        var crisis = selected.Where(l => l.Example.Kind is not null && (kind is null || l.Example.Kind == kind)).ToList();
        var hard = selected.Where(l => CrisisCrossValidation.IsHardNegative(l.Example)).ToList();
        var batch = selected.Where(l => CrisisCrossValidation.IsBatchNegative(l.Example)).ToList();
        var easy = selected.Where(l => l.Example.Kind is null && !CrisisCrossValidation.IsHardNegative(l.Example) && !CrisisCrossValidation.IsBatchNegative(l.Example)).ToList();
        return new Figures(crisis.Count, crisis.Count(found), hard.Count, hard.Count(found), easy.Count, easy.Count(found), batch.Count, batch.Count(found));
    }

    public void Print(TextWriter writer, bool withErrors)
    {
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Format(c, "Crisis model, {0}-fold cross-validated (trained without the fold it scores), threshold {1:0.00}",
            CrisisCrossValidation.Folds, Threshold));
        writer.WriteLine("  false alarms count the harmless lines of the crisis files; intake answers and seed texts are reported apart");
        for (var fold = 0; fold < CrisisCrossValidation.Folds; fold++)
        {
            writer.WriteLine(string.Format(c, "  fold {0,-22} rules {1}  model {2}  combined {3}",
                CrisisCrossValidation.FoldName(fold), RulesAlone(fold), ModelAlone(fold), Combined(fold)));
        }

        writer.WriteLine(string.Format(c, "  all folds              rules {0}  model {1}  combined {2}", RulesAlone(), ModelAlone(), Combined()));
        foreach (var kind in Enum.GetValues<CrisisKind>())
        {
            var f = Combined(kind: kind);
            writer.WriteLine(string.Format(c, "  combined {0,-9} recall {1:0.000} ({2}/{3})", kind.ToString().ToLowerInvariant(), f.Recall, f.Found, f.Crisis));
        }

        var easy = Combined();
        writer.WriteLine(string.Format(c, "  combined on intake answers and seed texts: {0} alarms in {1}", easy.EasyAlarms, easy.Easy));
        var rulesOnBatch = RulesAlone();
        writer.WriteLine(string.Format(c, "  on the harmless lines of the training batches (written to share the crisis words): rules {0}, combined {1} alarms in {2} ({3:0.00}/30)",
            rulesOnBatch.BatchAlarms, easy.BatchAlarms, easy.Batch, easy.Batch == 0 ? 0 : 30.0 * easy.BatchAlarms / easy.Batch));
        if (!withErrors)
        {
            return;
        }

        foreach (var t in Grid)
        {
            writer.WriteLine(string.Format(c, "  at threshold {0:0.00}: combined {1}   on crisis-heldout-3.txt {2}", t, CombinedAt(t), CombinedAt(t, 2)));
        }

        foreach (var line in lines.Where(l => l.Example.Kind is not null && l.Rules.Count == 0))
        {
            writer.WriteLine(string.Format(c, "  rules missed [{0}] model {1:0.00} {2}", line.Example.Kind, line.Model.CrisisScore, line.Example.Text));
        }

        foreach (var line in lines.Where(l => l.Example.Kind is not null && l.Combined(Threshold).Count == 0))
        {
            writer.WriteLine(string.Format(c, "  missed   [{0}] {1:0.00} {2}", line.Example.Kind, line.Model.CrisisScore, line.Example.Text));
        }

        foreach (var line in lines.Where(l => l.Example.Kind is null && l.Rules.Count == 0 && l.FoundByModel(Threshold)))
        {
            writer.WriteLine(string.Format(c, "  alarm    {0} {1:0.00} {2}", line.Model.Kind, line.Model.CrisisScore, line.Example.Text));
        }
    }
}

/// <summary>Recall on crisis lines and alarms on harmless ones (hard: from the crisis files; easy: intake answers, seeds; batch: the training batches' harmless lines).</summary>
internal readonly record struct Figures(int Crisis, int Found, int Hard, int HardAlarms, int Easy, int EasyAlarms, int Batch, int BatchAlarms)
{
    public double Recall => Crisis == 0 ? 0 : (double)Found / Crisis;

    public double AlarmsPer30 => Hard == 0 ? 0 : 30.0 * HardAlarms / Hard;

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "R {0:0.000} ({1}/{2}) FA {3}/{4} ({5:0.00}/30)", Recall, Found, Crisis, HardAlarms, Hard, AlarmsPer30);
}
