using System.Net;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Connector;
using GesprekBot.Bot.Tests.Channels.BotFramework;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Protocol.Connector;

/// <summary>The connector client's resilience handler, per serviceUrl authority.</summary>
public class ConnectorResilienceTests
{
    [Fact]
    public async Task A_circuit_open_for_one_teams_region_does_not_stop_another()
    {
        using var app = new BotApp(new() { ["Bot:Connector:MaxRetryAttempts"] = "0" });
        var client = app.Services.GetRequiredService<IConnectorClient>();
        for (var i = 0; i < 10; i++)
        {
            app.ChannelResponses.Enqueue(() => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
            var failed = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(To("https://smba.test/emea/"), CancellationToken.None));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        }

        var broken = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(To("https://smba.test/emea/"), CancellationToken.None));
        var other = await client.SendAsync(To("https://smba-amer.test/amer/"), CancellationToken.None);

        Assert.Null(broken.StatusCode); // the open circuit answered, not the channel
        Assert.Equal("sent-1", other);
        Assert.Equal(10, app.Channel.Requests.Count(r => r.Uri.Host == "smba.test"));
        Assert.Single(app.Channel.Requests, r => r.Uri.Host == "smba-amer.test");
    }

    [Fact]
    public async Task A_503_carries_the_channels_retry_after_to_the_caller()
    {
        using var app = new BotApp(new() { ["Bot:Connector:MaxRetryAttempts"] = "0" });
        var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(120));
        app.ChannelResponses.Enqueue(() => response);

        var failed = await Assert.ThrowsAsync<ConnectorException>(() =>
            app.Services.GetRequiredService<IConnectorClient>().SendAsync(To("https://smba.test/emea/"), CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(120), failed.RetryAfter);
    }

    private static Activity To(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "19:x@thread.tacv2" },
        Text = "hoi",
    };
}
