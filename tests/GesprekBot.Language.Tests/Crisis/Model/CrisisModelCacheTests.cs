using System.Text;
using GesprekBot.Language.Crisis;
using GesprekBot.Language.Crisis.Model;

namespace GesprekBot.Language.Tests.Crisis.Model;

/// <summary>Issue 12 (cold start): the trained model is kept between starts, and only a model that training would give is ever loaded.</summary>
public sealed class CrisisModelCacheTests : IDisposable
{
    private static readonly TrainingOptions Small = new() { Buckets = 1 << 10, Epochs = 5 };

    private static readonly TrainingExample[] Examples =
    [
        new(CrisisKind.Suicide, "ik wil sterven", "t"),
        new(CrisisKind.SelfHarm, "ik wil krassen", "t"),
        new(null, "ik wil wandelen", "t"),
    ];

    private static readonly byte[] File1 = Encoding.UTF8.GetBytes("suicide\tik wil sterven");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gesprekbot-model-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private CrisisModel LoadOrTrain(byte[] file, TrainingOptions options, Action trained) =>
        CrisisModelCache.LoadOrTrain(_directory, file, options, () =>
        {
            trained();
            return ModelTrainer.Train(Examples, options);
        });

    [Fact]
    public void The_second_start_loads_the_weights_the_first_one_trained()
    {
        var trainings = 0;
        var first = LoadOrTrain(File1, Small, () => trainings++);
        var second = LoadOrTrain(File1, Small, () => trainings++);

        Assert.Equal(1, trainings);
        Assert.Equal(first.Weights.ToArray(), second.Weights.ToArray());
        Assert.Equal(first.Bias.ToArray(), second.Bias.ToArray());
        Assert.Equal(first.Predict("ik wil sterven").Kind, second.Predict("ik wil sterven").Kind);
    }

    [Fact]
    public void Other_training_data_or_options_train_again()
    {
        var trainings = 0;
        LoadOrTrain(File1, Small, () => trainings++);
        LoadOrTrain(Encoding.UTF8.GetBytes("suicide\tik wil dood"), Small, () => trainings++);
        LoadOrTrain(File1, Small with { Epochs = 6 }, () => trainings++);

        Assert.Equal(3, trainings);
    }

    [Fact]
    public void A_damaged_file_is_not_loaded_and_is_written_anew()
    {
        var trainings = 0;
        var trained = LoadOrTrain(File1, Small, () => trainings++);
        var file = Assert.Single(Directory.GetFiles(_directory));
        var bytes = File.ReadAllBytes(file);
        bytes[100] ^= 0xFF;
        File.WriteAllBytes(file, bytes);

        var again = LoadOrTrain(File1, Small, () => trainings++);
        var third = LoadOrTrain(File1, Small, () => trainings++);

        Assert.Equal(2, trainings);
        Assert.Equal(trained.Weights.ToArray(), again.Weights.ToArray());
        Assert.Equal(trained.Weights.ToArray(), third.Weights.ToArray());
    }

    [Fact]
    public void Without_a_folder_it_trains_and_writes_nothing()
    {
        var trainings = 0;
        CrisisModelCache.LoadOrTrain(null, File1, Small, () => { trainings++; return ModelTrainer.Train(Examples, Small); });

        Assert.Equal(1, trainings);
        Assert.False(Directory.Exists(_directory));
    }
}
