using GesprekBot.Language.Crisis.Model;
using GesprekBot.Language.Tests.Evaluation;

namespace GesprekBot.Language.Tests.Crisis.Model;

/// <summary>The cross-validation trains one model per fold; the tests that read its figures share one run.</summary>
public sealed class CrossValidationFixture
{
    internal IReadOnlyList<ScoredLine> Lines { get; } = CrisisCrossValidation.Score(TrainingSet.LoadEmbedded(), new TrainingOptions());
}
