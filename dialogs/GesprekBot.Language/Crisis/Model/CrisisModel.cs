using System.Buffers;

namespace GesprekBot.Language.Crisis.Model;

/// <summary>
/// A multinomial logistic regression over hashed features (<see cref="FeatureHashes"/>): class 0
/// is "none", class k + 1 is <see cref="CrisisKind"/> k. Immutable once trained, so one instance
/// serves every thread; a prediction rents its buffers and allocates nothing.
/// </summary>
internal sealed class CrisisModel
{
    public const int Classes = 5;

    /// <summary>The most characters one prediction reads (a sentence; longer text is cut by the caller).</summary>
    public const int MaxLength = 600;

    private const int StackChars = 512;

    private readonly float[] weights;
    private readonly float[] bias;

    /// <param name="buckets">Number of hash buckets (a power of two).</param>
    /// <param name="weights">buckets × <see cref="Classes"/> weights, bucket-major so one feature's weights share a cache line.</param>
    /// <param name="bias">One bias per class.</param>
    public CrisisModel(int buckets, float[] weights, float[] bias)
    {
        if (!FeatureHashes.IsValidBucketCount(buckets) || weights.Length != buckets * Classes || bias.Length != Classes)
        {
            throw new ArgumentException("The weights do not match the bucket count.", nameof(weights));
        }

        Buckets = buckets;
        this.weights = weights;
        this.bias = bias;
    }

    public int Buckets { get; }

    internal ReadOnlySpan<float> Weights => weights;

    internal ReadOnlySpan<float> Bias => bias;

    public ModelPrediction Predict(ReadOnlySpan<char> text)
    {
        text = text[..Math.Min(text.Length, MaxLength)];
        var charsNeeded = ModelText.Capacity(text.Length);
        char[]? rentedChars = null;
        var chars = charsNeeded <= StackChars ? stackalloc char[StackChars] : (rentedChars = ArrayPool<char>.Shared.Rent(charsNeeded));
        var length = ModelText.Normalize(text, chars);
        var featuresNeeded = FeatureHashes.Capacity(length);
        var rentedFeatures = ArrayPool<int>.Shared.Rent(Math.Max(featuresNeeded, 1));
        var rentedValues = ArrayPool<float>.Shared.Rent(Math.Max(featuresNeeded, 1));
        try
        {
            var count = FeatureHashes.Fill(chars[..length], Buckets, rentedFeatures);
            var distinct = FeatureVector.Compact(rentedFeatures.AsSpan(0, count), rentedValues);
            var words = Math.Max(chars[..length].Count(' ') - 1, 0);
            return Predict(rentedFeatures.AsSpan(0, distinct), rentedValues.AsSpan(0, distinct)) with { Words = words };
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rentedValues);
            ArrayPool<int>.Shared.Return(rentedFeatures);
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }
        }
    }

    /// <summary>Scores a sparse feature vector (<see cref="FeatureVector"/>): distinct buckets and their values.</summary>
    public ModelPrediction Predict(ReadOnlySpan<int> features, ReadOnlySpan<float> values)
    {
        Span<float> logits = stackalloc float[Classes];
        Logits(weights, bias, features, values, 1f, logits);
        Softmax(logits);
        var best = 1;
        for (var c = 2; c < Classes; c++)
        {
            if (logits[c] > logits[best])
            {
                best = c;
            }
        }

        return new ModelPrediction(1.0 - logits[0], (CrisisKind)(best - 1), 0);
    }

    /// <summary>bias + scale × (weights · x) for every class.</summary>
    internal static void Logits(ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, ReadOnlySpan<int> features, ReadOnlySpan<float> values,
        float scale, Span<float> logits)
    {
        Span<float> sum = stackalloc float[Classes];
        for (var i = 0; i < features.Length; i++)
        {
            var row = weights.Slice(features[i] * Classes, Classes);
            var x = values[i];
            for (var c = 0; c < Classes; c++)
            {
                sum[c] += x * row[c];
            }
        }

        for (var c = 0; c < Classes; c++)
        {
            logits[c] = bias[c] + (scale * sum[c]);
        }
    }

    /// <summary>In place; subtracts the largest logit first so no exponent overflows.</summary>
    internal static void Softmax(Span<float> logits)
    {
        var max = float.NegativeInfinity;
        foreach (var z in logits)
        {
            max = Math.Max(max, z);
        }

        var total = 0f;
        for (var c = 0; c < logits.Length; c++)
        {
            logits[c] = MathF.Exp(logits[c] - max);
            total += logits[c];
        }

        for (var c = 0; c < logits.Length; c++)
        {
            logits[c] /= total;
        }
    }
}
