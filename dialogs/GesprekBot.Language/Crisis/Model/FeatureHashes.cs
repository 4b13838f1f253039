namespace GesprekBot.Language.Crisis.Model;

/// <summary>
/// The features of a normalised text (<see cref="ModelText"/>), hashed into a fixed number of
/// buckets so the model needs no vocabulary: character 3-, 4- and 5-grams (they carry typos, Flemish
/// forms and inflections: "zelfmort", "slagen", "gekrast"), word unigrams and word bigrams (with
/// the text's start and end), each kind of feature (n-gram length, unigram, bigram) mixed into its hash so "ik" the word and "ik"
/// inside a trigram never share a bucket on purpose.
/// </summary>
internal static class FeatureHashes
{
    public const int MinGram = 3;

    public const int MaxGram = 5;

    private const uint UnigramSeed = 0x9E3779B1;

    private const uint BigramSeed = 0x85EBCA77;

    /// <summary>The most features a normalised text of this length gives.</summary>
    public static int Capacity(int normalisedLength) => ((MaxGram - MinGram + 1) * normalisedLength) + (2 * normalisedLength) + 2;

    /// <summary>Writes the bucket of every feature of <paramref name="text"/> into <paramref name="into"/>; returns how many.</summary>
    public static int Fill(ReadOnlySpan<char> text, int buckets, Span<int> into)
    {
        var mask = (uint)buckets - 1;
        var count = 0;
        // One pass per start position: the FNV state after 3, 4 and 5 characters gives the three n-grams.
        for (var i = 0; i + MinGram <= text.Length; i++)
        {
            var h = 2166136261u;
            var end = Math.Min(i + MaxGram, text.Length);
            for (var j = i; j < end; j++)
            {
                h = (h ^ text[j]) * 16777619u;
                var n = j - i + 1;
                if (n >= MinGram)
                {
                    into[count++] = (int)(Finish(h ^ (uint)n) & mask);
                }
            }
        }

        // Words: each slice between two spaces; a bigram is the slice from the previous word's start,
        // and the first and last words also pair with the text's edge (the leading or trailing space).
        var previous = 0;
        var start = 1;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != ' ')
            {
                continue;
            }

            into[count++] = (int)(Hash(text[start..i], UnigramSeed) & mask);
            into[count++] = (int)(Hash(text[previous..i], BigramSeed) & mask);
            previous = start;
            start = i + 1;
        }

        if (text.Length > 1)
        {
            into[count++] = (int)(Hash(text[previous..], BigramSeed) & mask);
        }

        return count;
    }

    /// <summary>FNV-1a over the characters, the kind of feature mixed in, then the murmur finaliser so nearby strings spread over the buckets.</summary>
    internal static uint Hash(ReadOnlySpan<char> s, uint seed)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return Finish(h ^ seed);
    }

    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }

    /// <summary>Buckets must be a power of two (the hash is masked, not divided).</summary>
    public static bool IsValidBucketCount(int buckets) => buckets >= 2 && (buckets & (buckets - 1)) == 0;
}
