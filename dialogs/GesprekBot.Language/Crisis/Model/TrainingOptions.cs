namespace GesprekBot.Language.Crisis.Model;

/// <summary>
/// How the model is trained. The defaults were chosen by cross-validation (see the Crisis section of
/// the language README); the seed and the file order make training reproducible to the bit.
/// </summary>
internal sealed record TrainingOptions
{
    public int Buckets { get; init; } = 1 << 16;

    public int Epochs { get; init; } = 12;

    public float LearningRate { get; init; } = 0.5f;

    /// <summary>L2 penalty per example: keeps rare n-grams from deciding alone.</summary>
    public float L2 { get; init; } = 1e-5f;

    /// <summary>How much a harmless example weighs against a crisis one: above 1 buys fewer false alarms with some recall.</summary>
    public float HarmlessWeight { get; init; } = 1f;

    public int Seed { get; init; } = 20261201;
}
