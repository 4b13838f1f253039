using System.Net;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Connector;
using GesprekBot.Bot.Tests.Channels.BotFramework;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace GesprekBot.Bot.Tests.Protocol.Connector;

/// <summary>The MSAL token provider against a local fake tenant (OpenID configuration + token endpoint).</summary>
public class MsalTokenProviderTests
{
    private const string Authority = "https://login.test/tenant-9";

    [Fact]
    public async Task A_client_secret_gets_a_token_from_the_configured_authority_and_scope_and_msal_caches_it()
    {
        var handler = new StubHttpHandler(r => FakeTokenEndpoint.Serve(r, Authority, "t1"));
        using var provider = Create(handler, new BotTokenOptions { Authority = Authority, Scope = "https://api.test/.default", InstanceDiscovery = false });

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(("t1", "t1"), (first, second));
        var request = Assert.Single(handler.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal(Authority + "/oauth2/v2.0/token", request.Uri.AbsoluteUri);
        Assert.Contains("grant_type=client_credentials", request.Body, StringComparison.Ordinal);
        Assert.Contains("client_id=app", request.Body, StringComparison.Ordinal);
        Assert.Contains("client_secret=secret", request.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.test%2F.default", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_token_request_is_a_connector_exception_with_the_status()
    {
        var handler = new StubHttpHandler(r => r.Method == HttpMethod.Post
            ? StubHttpHandler.Json("""{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret."}""", HttpStatusCode.Unauthorized)
            : FakeTokenEndpoint.Serve(r, Authority, "never"));
        using var provider = Create(handler, new BotTokenOptions { Authority = Authority, InstanceDiscovery = false });

        var error = await Assert.ThrowsAsync<ConnectorException>(() => provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task Without_an_app_id_there_is_no_token_and_no_call()
    {
        var handler = new StubHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError));
        var clients = Clients(handler);
        using var provider = new MsalTokenProvider(clients, Options.Create(new BotOptions()), Options.Create(new BotTokenOptions()), NullLogger<MsalTokenProvider>.Instance);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Empty(handler.Requests);
    }

    private static MsalTokenProvider Create(StubHttpHandler handler, BotTokenOptions token) => new(
        Clients(handler),
        Options.Create(new BotOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "secret" }),
        Options.Create(token),
        NullLogger<MsalTokenProvider>.Instance);

    private static IHttpClientFactory Clients(StubHttpHandler handler)
    {
        var clients = new Mock<IHttpClientFactory>();
        clients.Setup(f => f.CreateClient(MsalTokenProvider.ClientName)).Returns(() => new HttpClient(handler, disposeHandler: false));
        return clients.Object;
    }
}
