using BenchmarkDotNet.Attributes;
using GesprekBot.Language.Crisis;
using GesprekBot.Language.Crisis.Model;

namespace GesprekBot.Benchmarks.Recognizers;

/// <summary>
/// The crisis recognizer runs on every client message, so it must stay cheap: typical intake
/// answers (mostly harmless, some signals) per sentence, and one long pasted text.
/// </summary>
[MemoryDiagnoser]
public class CrisisRecognizerBenchmarks
{
    private const int Batch = 20;

    private readonly string[] messages =
    [
        "mijn mama, mijn broer Tom en de buurvrouw",
        "ik zou graag terug werken en minder alleen zijn",
        "ja",
        "een dikke vijf",
        "mijn begeleider van het CAW helpt mij met papieren",
        "ik ben dood moe van alles",
        "ik sla die vraag over",
        "ik wil er niet meer zijn",
        "mijn vriend slaat mij als hij drinkt",
        "ik kras in mijn armen",
        "om de twee weken zie ik mijn vader",
        "ik heb geen zin meer in het leven",
        "mijn nonkel zit aan mij",
        "de kinderen gaan naar school en ik doe het huishouden",
        "I don't want to live anymore",
        "ik wil van een brug springen",
        "weet ik niet",
        "mijn oma is vorig jaar gestorven en dat doet pijn",
        "ik heb pillen gespaard om alles te stoppen",
        "dat klopt, mijn zus belt mij elke dag",
    ];

    /// <summary>The model is trained at first use; that one-off cost is measured on its own (<see cref="Training"/>).</summary>
    private readonly CrisisModel model = CrisisModelLayer.Model;

    private readonly string longText = string.Concat(Enumerable.Repeat(
        "Het was een zware week met de kinderen, mijn ex belt niet terug en de huur is weer gestegen. ", 40));

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Messages()
    {
        var found = 0;
        foreach (var message in messages)
        {
            found += CrisisRecognizer.Recognize(message).Count;
        }

        return found;
    }

    /// <summary>The model alone, per sentence: what the unsure layer adds when the rules find nothing sure.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double ModelOnly()
    {
        var score = 0.0;
        foreach (var message in messages)
        {
            score += model.Predict(message).CrisisScore;
        }

        return score;
    }

    /// <summary>Training from the embedded file, as at first use.</summary>
    [Benchmark]
    public int Training() => ModelTrainer.Train(TrainingSet.LoadEmbedded(), new TrainingOptions { Buckets = model.Buckets }).Buckets;

    [Benchmark]
    public int LongText() => CrisisRecognizer.Recognize(longText).Count;
}
