using Microsoft.IdentityModel.Protocols;

namespace GesprekBot.Bot.Protocol.Auth;

/// <summary>
/// Fetches OpenID metadata and key sets through a named client from IHttpClientFactory, so handlers
/// rotate normally and tests can serve the documents without a network.
/// </summary>
internal sealed class HttpClientDocumentRetriever(IHttpClientFactory clients, bool requireHttps) : IDocumentRetriever
{
    public const string ClientName = "GesprekBot.OpenIdMetadata";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        var uri = new Uri(address, UriKind.Absolute);
        if (requireHttps && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("OpenID metadata must be fetched over HTTPS.");
        }

        using var client = clients.CreateClient(ClientName);
        using var response = await client.GetAsync(uri, cancel);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancel);
    }
}
