using GesprekBot.Language.Crisis.Model;

namespace GesprekBot.Language.Tests.Crisis.Model;

public class FeatureHashesTests
{
    private const int Buckets = 1 << 16;

    [Fact]
    public void Fill_GivesCharacterGramsAndWordFeatures()
    {
        // " ik wil " is 8 characters: 6 trigrams, 5 four-grams, 4 five-grams; 2 words, 3 bigrams (with both edges).
        Assert.Equal(6 + 5 + 4 + 2 + 3, Features(" ik wil ").Length);
    }

    [Fact]
    public void Fill_IsTheSameEveryTime_AndStaysInsideTheBuckets()
    {
        var first = Features(" ik wil er niet meer zijn ");
        Assert.Equal(first, Features(" ik wil er niet meer zijn "));
        Assert.All(first, f => Assert.InRange(f, 0, Buckets - 1));
    }

    [Fact]
    public void Hash_TheKindOfFeatureIsPartOfIt()
    {
        Assert.NotEqual(FeatureHashes.Hash("dood", 1), FeatureHashes.Hash("dood", 2));
        Assert.NotEqual(FeatureHashes.Hash("dood", 1), FeatureHashes.Hash("doot", 1));
    }

    [Fact]
    public void Compact_MergesRepeatsIntoAUnitVector()
    {
        int[] features = [7, 3, 7, 7, 1];
        var values = new float[features.Length];
        var distinct = FeatureVector.Compact(features, values);

        Assert.Equal([1, 3, 7], features[..distinct]);
        var length = MathF.Sqrt(values[..distinct].Sum(v => v * v));
        Assert.Equal(1f, length, 4);
        Assert.Equal(3 * values[0], values[2], 4);
    }

    [Fact]
    public void Compact_ARepeatedText_GivesTheSameVector()
    {
        var once = Vector(" hij helpt mij ");
        var thrice = Vector(" hij helpt mij hij helpt mij hij helpt mij ");
        Assert.Equal(once.Features.Intersect(thrice.Features).Count(), once.Features.Length);
    }

    private static int[] Features(string normalised)
    {
        var into = new int[FeatureHashes.Capacity(normalised.Length)];
        return into[..FeatureHashes.Fill(normalised, Buckets, into)];
    }

    private static (int[] Features, float[] Values) Vector(string normalised) => ModelTrainer.Featurize(normalised, Buckets);
}
