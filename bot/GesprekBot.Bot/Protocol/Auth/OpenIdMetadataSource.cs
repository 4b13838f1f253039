using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GesprekBot.Bot.Protocol.Auth;

/// <summary>One cached OpenID configuration (with its signing keys) per metadata URL.</summary>
internal sealed class OpenIdMetadataSource(IHttpClientFactory clients, IOptions<BotOptions> options, TimeProvider timeProvider)
{
    // Forced refreshes are triggered by tokens anyone can send; this keeps them from hammering the authority.
    private static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> managers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> lastForcedRefresh = new(StringComparer.Ordinal);

    public Task<OpenIdConnectConfiguration> GetAsync(string metadataUrl, CancellationToken cancellationToken) =>
        managers.GetOrAdd(metadataUrl, Create).GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Fetches the keys again now, e.g. after a token named a key we do not know (a rollover).
    /// The manager's own RequestRefresh refreshes in the background, too late for the token in hand.
    /// The old keys stay in use if the fetch fails. Returns whether new keys were loaded.
    /// </summary>
    public async Task<bool> RefreshNowAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (lastForcedRefresh.TryGetValue(metadataUrl, out var last) && now - last < MinimumForcedRefreshInterval)
        {
            return false;
        }

        lastForcedRefresh[metadataUrl] = now;
        var fresh = Create(metadataUrl);
        try
        {
            await fresh.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        managers[metadataUrl] = fresh;
        return true;
    }

    private ConfigurationManager<OpenIdConnectConfiguration> Create(string metadataUrl) =>
        new(metadataUrl, new OpenIdConnectConfigurationRetriever(), new HttpClientDocumentRetriever(clients, options.Value.RequireHttpsMetadata))
        {
            // The channels rotate keys; PROTOCOL §3 asks for a refresh at least every 24 hours.
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = MinimumForcedRefreshInterval,
        };
}
