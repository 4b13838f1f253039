using GesprekBot.Language.Crisis;
using GesprekBot.Language.Crisis.Model;

namespace GesprekBot.Language.Tests.Evaluation;

/// <summary>
/// Scores the crisis model on lines it was not trained on: the training file is cut into folds, a
/// model is trained on all folds but one and scores that one, and the rules run beside it. The
/// folds follow the sources: each held-out file (written blind by someone else, like the next
/// held-out set) is a fold of its own, and the rest is cut in two by alternating lines per kind.
/// </summary>
internal static class CrisisCrossValidation
{
    public const int Folds = 7;

    private static readonly string[] HeldOutFiles = ["crisis-heldout-1.txt", "crisis-heldout-2.txt", "crisis-heldout-3.txt", "crisis-heldout-4.txt", "crisis-heldout-5.txt"];

    /// <summary>Every training line scored out of fold: its rule findings and the model's prediction of a model that never saw it.</summary>
    public static IReadOnlyList<ScoredLine> Score(IReadOnlyList<TrainingExample> examples, TrainingOptions options)
    {
        var folds = AssignFolds(examples);
        var scored = new ScoredLine[examples.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var training = examples.Where((_, i) => folds[i] != fold).ToList();
            var model = ModelTrainer.Train(training, options);
            for (var i = 0; i < examples.Count; i++)
            {
                if (folds[i] == fold)
                {
                    var e = examples[i];
                    var rules = CrisisRecognizer.RecognizeByRules(e.Text);
                    scored[i] = new ScoredLine(e, fold, rules, CrisisModelLayer.PredictMessage(model, e.Text).Prediction, model);
                }
            }
        }

        return scored;
    }

    public static int[] AssignFolds(IReadOnlyList<TrainingExample> examples)
    {
        var folds = new int[examples.Count];
        var perKind = new int[CrisisModel.Classes];
        for (var i = 0; i < examples.Count; i++)
        {
            var held = Array.FindIndex(HeldOutFiles, f => examples[i].Source.EndsWith(f, StringComparison.Ordinal));
            folds[i] = held >= 0 ? held : HeldOutFiles.Length + (perKind[examples[i].Label]++ % (Folds - HeldOutFiles.Length));
        }

        return folds;
    }

    /// <summary>A harmless line from a crisis evaluation file: written to look like a crisis (the hard negatives the target counts).</summary>
    public static bool IsHardNegative(TrainingExample e) => e.Kind is null && e.Source.Contains("/crisis", StringComparison.Ordinal);

    /// <summary>
    /// A harmless line of a training batch written for the model (2026-12-02): written to share the crisis
    /// words too, but by the writers of the training data, so reported apart from the evaluation files'.
    /// </summary>
    public static bool IsBatchNegative(TrainingExample e) => e.Kind is null && e.Source.StartsWith("written for the model, batch", StringComparison.Ordinal);

    public static string FoldName(int fold) => fold < HeldOutFiles.Length ? HeldOutFiles[fold] : $"rest, half {fold - HeldOutFiles.Length + 1}";
}

/// <summary>One line as the cross-validation saw it.</summary>
internal sealed record ScoredLine(TrainingExample Example, int Fold, IReadOnlyList<CrisisFinding> Rules, ModelPrediction Model, CrisisModel FoldModel)
{
    public bool FoundByModel(double threshold) => CrisisModelLayer.Raises(Model, threshold);

    /// <summary>What the combined recognizer returns for the line with the fold's model.</summary>
    public IReadOnlyList<CrisisFinding> Combined(double threshold) =>
        Rules.Count > 0 && Rules.Any(f => !f.Unsure) ? Rules : CrisisModelLayer.Complete(Example.Text, Rules, FoldModel, threshold);
}
