namespace GesprekBot.Language;

/// <summary>
/// Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute,
/// swap two neighbours), the measure used for typos such as "nonkle", "buurvrouwe", "praktiese".
/// </summary>
public static class EditDistance
{
    private const int MaxStackLength = 64;

    /// <summary>Returns the edit distance between two strings (null counts as empty).</summary>
    public static int Compute(string? a, string? b) => Compute(a.AsSpan(), b.AsSpan(), int.MaxValue);

    /// <summary>
    /// Returns the edit distance, or a value above <paramref name="max"/> as soon as the distance
    /// is known to exceed it (cheap rejection of far-off words).
    /// </summary>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max == int.MaxValue ? Math.Max(a.Length, b.Length) : max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var width = b.Length + 1;
        var size = 3 * width;
        var buffer = size <= MaxStackLength * 3 ? stackalloc int[size] : new int[size];
        var twoBack = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>Similarity in [0, 1]: 1 − distance / longer length.</summary>
    public static double Similarity(string? a, string? b)
    {
        var longer = Math.Max(a?.Length ?? 0, b?.Length ?? 0);
        return longer == 0 ? 1.0 : 1.0 - ((double)Compute(a, b) / longer);
    }

    /// <summary>How many typos a word of this length may carry and still match a lexicon word.</summary>
    internal static int AllowedTypos(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };
}
