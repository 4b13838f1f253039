namespace GesprekBot.Language.Crisis.Model;

/// <summary>
/// Trains <see cref="CrisisModel"/> by stochastic gradient descent on the softmax loss with an L2
/// penalty. Deterministic: the examples are visited in an order drawn from a seeded generator, and
/// all arithmetic is single-threaded, so the same data and options give the same weights.
/// </summary>
internal static class ModelTrainer
{
    private const int Classes = CrisisModel.Classes;

    public static CrisisModel Train(IReadOnlyList<TrainingExample> examples, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        var vectors = examples.Select(e => Featurize(e.Text, options.Buckets)).ToArray();
        var labels = examples.Select(e => e.Label).ToArray();
        var weights = new float[options.Buckets * Classes];
        var bias = new float[Classes];

        // The penalty shrinks every weight each step; keeping the weights as scale × v makes that one multiplication.
        var scale = 1.0;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        Span<float> p = stackalloc float[Classes];
        var step = 0L;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var decay = options.LearningRate / (1.0 + (options.LearningRate * options.L2 * step++));
                var rate = labels[index] == 0 ? decay * options.HarmlessWeight : decay;
                var (x, values) = vectors[index];
                CrisisModel.Logits(weights, bias, x, values, (float)scale, p);
                CrisisModel.Softmax(p);
                p[labels[index]] -= 1f;
                scale *= 1.0 - (decay * options.L2);
                var update = (float)(rate / scale);
                for (var i = 0; i < x.Length; i++)
                {
                    var row = weights.AsSpan(x[i] * Classes, Classes);
                    var delta = update * values[i];
                    for (var c = 0; c < Classes; c++)
                    {
                        row[c] -= delta * p[c];
                    }
                }

                for (var c = 0; c < Classes; c++)
                {
                    bias[c] -= (float)rate * p[c];
                }

                if (scale < 1e-6)
                {
                    Rescale(weights, ref scale);
                }
            }
        }

        Rescale(weights, ref scale);
        return new CrisisModel(options.Buckets, weights, bias);
    }

    /// <summary>The sparse vector of a text, as <see cref="CrisisModel.Predict(ReadOnlySpan{char})"/> builds it.</summary>
    internal static (int[] Features, float[] Values) Featurize(string text, int buckets)
    {
        var piece = text.AsSpan(0, Math.Min(text.Length, CrisisModel.MaxLength));
        var chars = new char[ModelText.Capacity(piece.Length)];
        var length = ModelText.Normalize(piece, chars);
        var features = new int[FeatureHashes.Capacity(length)];
        var values = new float[features.Length];
        var count = FeatureHashes.Fill(chars.AsSpan(0, length), buckets, features);
        var distinct = FeatureVector.Compact(features.AsSpan(0, count), values);
        return (features[..distinct], values[..distinct]);
    }

    private static void Rescale(float[] weights, ref double scale)
    {
        var s = (float)scale;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] *= s;
        }

        scale = 1.0;
    }
}
