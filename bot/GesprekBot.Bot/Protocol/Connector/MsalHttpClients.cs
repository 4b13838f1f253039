using Microsoft.Identity.Client;

namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>MSAL's HTTP through our named client, so its handler is the one configuration (and tests) choose.</summary>
internal sealed class MsalHttpClients(IHttpClientFactory clients) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => clients.CreateClient(MsalTokenProvider.ClientName);
}
