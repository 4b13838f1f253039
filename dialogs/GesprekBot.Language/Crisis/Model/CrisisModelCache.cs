using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace GesprekBot.Language.Crisis.Model;

/// <summary>
/// The trained model kept in a file, so a restart loads it in milliseconds instead of training it again
/// (a second or more, which the first client's message would wait for). The file name is a hash of
/// everything that decides the weights: the training file, the options and this build of the code
/// (its module version id), so new data or code trains again, once. The file carries a hash of its own
/// contents; a file that does not match is ignored and written anew. Training is reproducible to the
/// bit, so a loaded model is the one training would give.
/// </summary>
internal static class CrisisModelCache
{
    private const string Magic = "GBCM1";

    public static CrisisModel LoadOrTrain(string? directory, byte[] trainingFile, TrainingOptions options, Func<CrisisModel> train)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (string.IsNullOrEmpty(directory))
        {
            return train();
        }

        var path = Path.Combine(directory, $"crisis-model-{Key(trainingFile, options)}.bin");
        if (TryLoad(path) is { } cached)
        {
            return cached;
        }

        var model = train();
        TrySave(directory, path, model);
        return model;
    }

    internal static string Key(byte[] trainingFile, TrainingOptions options)
    {
        var code = typeof(CrisisModel).Assembly.ManifestModule.ModuleVersionId.ToString();
        var hash = SHA256.HashData([.. trainingFile, .. Encoding.UTF8.GetBytes(options.ToString() + "|" + code)]);
        return Convert.ToHexString(hash, 0, 12).ToLowerInvariant();
    }

    internal static CrisisModel? TryLoad(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var magic = Encoding.ASCII.GetBytes(Magic);
            if (bytes.Length < magic.Length + 4 + SHA256.HashSizeInBytes)
            {
                return null;
            }

            var body = bytes.AsSpan(0, bytes.Length - SHA256.HashSizeInBytes);
            if (!body.StartsWith(magic) || !SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
            {
                return null;
            }

            var buckets = BitConverter.ToInt32(body[magic.Length..]);
            var floats = MemoryMarshal.Cast<byte, float>(body[(magic.Length + 4)..]);
            if (!FeatureHashes.IsValidBucketCount(buckets) || floats.Length != (buckets + 1) * CrisisModel.Classes)
            {
                return null;
            }

            var weights = floats[..(buckets * CrisisModel.Classes)].ToArray();
            var bias = floats[(buckets * CrisisModel.Classes)..].ToArray();
            return new CrisisModel(buckets, weights, bias);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static void TrySave(string directory, string path, CrisisModel model)
    {
        try
        {
            Directory.CreateDirectory(directory);
            using var buffer = new MemoryStream();
            buffer.Write(Encoding.ASCII.GetBytes(Magic));
            buffer.Write(BitConverter.GetBytes(model.Buckets));
            buffer.Write(MemoryMarshal.AsBytes(model.Weights));
            buffer.Write(MemoryMarshal.AsBytes(model.Bias));
            var body = buffer.ToArray();
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, [.. body, .. SHA256.HashData(body)]);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next start its training time, nothing else.
        }
    }
}
