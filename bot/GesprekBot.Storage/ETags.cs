using System.Security.Cryptography;

namespace GesprekBot.Storage;

internal static class ETags
{
    /// <summary>"*" in an expected tag means "overwrite"; see IStateStore.WriteAsync.</summary>
    public const string Any = "*";

    /// <summary>
    /// Random rather than a counter or a hash of the content: callers must treat it as opaque, and
    /// writing the same JSON twice must still produce a different version.
    /// </summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
