using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line secret and the token signing key derived from it. The secret itself never
/// signs anything, so a leaked token says nothing about it.
/// </summary>
public sealed partial class DirectLineSecret
{
    private readonly byte[] secretBytes;

    public DirectLineSecret(IOptions<DirectLineOptions> options, ILogger<DirectLineSecret> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.Secret;
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            LogGenerated(logger);
        }

        secretBytes = Encoding.UTF8.GetBytes(configured);
        SigningKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secretBytes, 32, salt: [], info: "GesprekBot.DirectLine.TokenSigning.v1"u8.ToArray());
    }

    /// <summary>The HMAC-SHA256 key for tokens.</summary>
    internal byte[] SigningKey { get; }

    /// <summary>Compares in constant time, so the secret cannot be guessed byte by byte from timings.</summary>
    public bool Matches(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), secretBytes);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DirectLine:Secret is not configured; generated one for this process. Tokens will not survive a restart.")]
    private static partial void LogGenerated(ILogger logger);
}
