using System.Net;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Connector;
using GesprekBot.Bot.Tests.Channels.BotFramework;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace GesprekBot.Bot.Tests.Protocol.Connector;

public class ClientCredentialsTokenProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Token_is_reused_until_five_minutes_before_expiry_then_fetched_again()
    {
        var issued = 0;
        var handler = new StubHttpHandler(_ => StubHttpHandler.Json(
            $$"""{"token_type":"Bearer","expires_in":3600,"access_token":"t{{Interlocked.Increment(ref issued)}}"}"""));
        var time = new FakeTimeProvider(Start);
        using var provider = Create(handler, time, tenant: "tenant-9");

        var first = await provider.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(54));
        var second = await provider.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(2));
        var third = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(("t1", "t1", "t2"), (first, second, third));
        Assert.All(handler.Requests, r => Assert.Equal("https://login.microsoftonline.com/tenant-9/oauth2/v2.0/token", r.Uri.AbsoluteUri));
    }

    [Fact]
    public async Task Refused_token_request_is_a_connector_exception()
    {
        var handler = new StubHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        using var provider = Create(handler, new FakeTimeProvider(Start), tenant: null);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    private static ClientCredentialsTokenProvider Create(StubHttpHandler handler, TimeProvider time, string? tenant)
    {
        var clients = new Mock<IHttpClientFactory>();
        clients.Setup(f => f.CreateClient(ClientCredentialsTokenProvider.ClientName)).Returns(() => new HttpClient(handler, disposeHandler: false));
        var options = Options.Create(new BotOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "secret", MicrosoftAppTenantId = tenant });
        return new ClientCredentialsTokenProvider(clients.Object, options, time, NullLogger<ClientCredentialsTokenProvider>.Instance);
    }
}
