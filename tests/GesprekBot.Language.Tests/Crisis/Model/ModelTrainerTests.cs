using GesprekBot.Language.Crisis;
using GesprekBot.Language.Crisis.Model;

namespace GesprekBot.Language.Tests.Crisis.Model;

public class ModelTrainerTests
{
    private static readonly TrainingOptions Small = new() { Buckets = 1 << 12, Epochs = 20 };

    /// <summary>A toy set one word apart per kind: a model that cannot learn this cannot learn anything.</summary>
    private static readonly TrainingExample[] Toy =
    [
        new(CrisisKind.Suicide, "ik wil sterven", "toy"),
        new(CrisisKind.Suicide, "ik wil echt sterven", "toy"),
        new(CrisisKind.SelfHarm, "ik wil krassen", "toy"),
        new(CrisisKind.SelfHarm, "ik wil echt krassen", "toy"),
        new(CrisisKind.Violence, "ik wil vechten", "toy"),
        new(CrisisKind.Violence, "ik wil echt vechten", "toy"),
        new(CrisisKind.Abuse, "ik wil betasten", "toy"),
        new(CrisisKind.Abuse, "ik wil echt betasten", "toy"),
        new(null, "ik wil wandelen", "toy"),
        new(null, "ik wil echt wandelen", "toy"),
        new(null, "ik wil koken", "toy"),
        new(null, "ik wil echt koken", "toy"),
    ];

    [Fact]
    public void Train_ASeparableToySet_IsLearned()
    {
        var model = ModelTrainer.Train(Toy, Small);
        foreach (var example in Toy)
        {
            var prediction = model.Predict(example.Text);
            if (example.Kind is { } kind)
            {
                Assert.True(prediction.CrisisScore > 0.5, $"{example.Text}: {prediction}");
                Assert.Equal(kind, prediction.Kind);
            }
            else
            {
                Assert.True(prediction.CrisisScore < 0.5, $"{example.Text}: {prediction}");
            }
        }
    }

    [Fact]
    public void Train_TheSameDataTwice_GivesTheSameWeights()
    {
        var examples = TrainingSet.LoadEmbedded();
        var options = new TrainingOptions { Epochs = 2 };
        var first = ModelTrainer.Train(examples, options);
        var second = ModelTrainer.Train(examples, options);
        Assert.True(first.Weights.SequenceEqual(second.Weights));
        Assert.True(first.Bias.SequenceEqual(second.Bias));
    }

    [Fact]
    public void Train_AnotherSeed_VisitsInAnotherOrder()
    {
        var first = ModelTrainer.Train(Toy, Small);
        var other = ModelTrainer.Train(Toy, Small with { Seed = Small.Seed + 1 });
        Assert.False(first.Weights.SequenceEqual(other.Weights));
    }

    [Fact]
    public void Predict_FromManyThreads_GivesWhatOneThreadGives()
    {
        var model = CrisisModelLayer.Model;
        var texts = TrainingSet.LoadEmbedded().Take(200).Select(e => e.Text).ToArray();
        var expected = texts.Select(t => model.Predict(t)).ToArray();
        var actual = new ModelPrediction[texts.Length];
        Parallel.For(0, texts.Length * 4, i => actual[i % texts.Length] = model.Predict(texts[i % texts.Length]));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Model_RejectsWeightsOfTheWrongSize() =>
        Assert.Throws<ArgumentException>(() => new CrisisModel(1 << 4, new float[10], new float[CrisisModel.Classes]));
}
