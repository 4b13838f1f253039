namespace GesprekBot.Language.Crisis.Model;

/// <summary>
/// Turns the hashed features of a text into a sparse vector of unit length: each bucket once, its
/// value its count divided by the vector's length. A sentence repeated ten times then scores as
/// the sentence does, not ten times as sure.
/// </summary>
internal static class FeatureVector
{
    /// <summary>Sorts and merges <paramref name="features"/> in place, writes each bucket's value; returns how many buckets.</summary>
    public static int Compact(Span<int> features, Span<float> values)
    {
        if (features.IsEmpty)
        {
            return 0;
        }

        features.Sort();
        var distinct = 0;
        var squares = 0f;
        for (var i = 0; i < features.Length;)
        {
            var run = 1;
            while (i + run < features.Length && features[i + run] == features[i])
            {
                run++;
            }

            features[distinct] = features[i];
            values[distinct++] = run;
            squares += run * run;
            i += run;
        }

        var scale = 1f / MathF.Sqrt(squares);
        for (var i = 0; i < distinct; i++)
        {
            values[i] *= scale;
        }

        return distinct;
    }
}
