using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GesprekBot.Bot.Protocol.Auth;

/// <summary>One cached OpenID configuration (with its signing keys) per metadata URL.</summary>
internal sealed class OpenIdMetadataSource(IHttpClientFactory clients, IOptions<BotOptions> options)
{
    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> managers = new(StringComparer.Ordinal);

    public Task<OpenIdConnectConfiguration> GetAsync(string metadataUrl, CancellationToken cancellationToken) =>
        Manager(metadataUrl).GetConfigurationAsync(cancellationToken);

    /// <summary>Asks for fresh keys (rate-limited by the manager), e.g. after a key rollover.</summary>
    public void RequestRefresh(string metadataUrl) => Manager(metadataUrl).RequestRefresh();

    private ConfigurationManager<OpenIdConnectConfiguration> Manager(string metadataUrl) =>
        managers.GetOrAdd(metadataUrl, url => new ConfigurationManager<OpenIdConnectConfiguration>(
            url,
            new OpenIdConnectConfigurationRetriever(),
            new HttpClientDocumentRetriever(clients, options.Value.RequireHttpsMetadata))
        {
            // The channels rotate keys; PROTOCOL §3 asks for a refresh at least every 24 hours.
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(5),
        });
}
