using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Protocol.Auth;

/// <summary>
/// The serviceUrls that arrived on authenticated activities (or are configured). The bot's
/// outbound token is only sent to these, so a forged serviceUrl cannot harvest it.
/// </summary>
public sealed class TrustedServiceUrls(IOptions<BotOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> trusted = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        trusted.TryAdd(Normalize(serviceUrl), 0);
    }

    public bool IsTrusted(string serviceUrl)
    {
        var key = Normalize(serviceUrl);
        return trusted.ContainsKey(key)
            || options.Value.TrustedServiceUrls.Any(url => string.Equals(Normalize(url), key, StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalize(string serviceUrl) => serviceUrl.Trim().TrimEnd('/');
}
