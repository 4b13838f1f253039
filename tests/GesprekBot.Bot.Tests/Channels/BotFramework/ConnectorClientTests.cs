using System.Net;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Connector;
using GesprekBot.Dialogs.Engine.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Channels.BotFramework;

public class ConnectorClientTests
{
    // Long attempt and total timeouts so InstantDelayTimeProvider runs them for real (see there); retries wait instantly.
    private static Dictionary<string, string?> Settings(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Bot:Connector:AttemptTimeout"] = "00:05:00", ["Bot:Connector:TotalTimeout"] = "00:10:00" };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_channels_Retry_After()
    {
        var time = new InstantDelayTimeProvider();
        using var app = new BotApp(Settings(), new FakeActivityProcessor(Reply.Say("hoi")), time);
        app.ChannelResponses.Enqueue(() => WithRetryAfter(new HttpResponseMessage(HttpStatusCode.TooManyRequests), "2"));

        using var response = await app.PostAsync(BotApp.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, app.Channel.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(2), time.Delays);
    }

    [Fact]
    public async Task A_long_Retry_After_is_capped()
    {
        var time = new InstantDelayTimeProvider();
        using var app = new BotApp(Settings(new() { ["Bot:Connector:MaxRetryAfter"] = "00:00:07" }), new FakeActivityProcessor(Reply.Say("hoi")), time);
        app.ChannelResponses.Enqueue(() => WithRetryAfter(new HttpResponseMessage(HttpStatusCode.TooManyRequests), "3600"));

        using var response = await app.PostAsync(BotApp.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(TimeSpan.FromSeconds(7), time.Delays);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_with_backoff_then_gives_up_with_502()
    {
        var time = new InstantDelayTimeProvider();
        using var app = new BotApp(Settings(new() { ["Bot:Connector:MaxRetryAttempts"] = "2" }), new FakeActivityProcessor(Reply.Say("hoi")), time);
        for (var i = 0; i < 3; i++)
        {
            app.ChannelResponses.Enqueue(() => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }

        using var response = await app.PostAsync(BotApp.Message());

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(3, app.Channel.Requests.Count);
        Assert.Equal(2, time.Delays.Count(d => d > TimeSpan.Zero));
    }

    [Fact]
    public async Task Network_failure_is_retried()
    {
        var time = new InstantDelayTimeProvider();
        using var app = new BotApp(Settings(), new FakeActivityProcessor(Reply.Say("hoi")), time);
        app.ChannelResponses.Enqueue(() => throw new HttpRequestException("connection refused"));

        using var response = await app.PostAsync(BotApp.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, app.Channel.Requests.Count);
    }

    [Fact]
    public async Task An_attempt_that_hangs_times_out_and_is_retried()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Connector:AttemptTimeout"] = "00:00:00.200",
            ["Bot:Connector:BaseDelay"] = "00:00:00.010",
        };
        using var app = new BotApp(settings, new FakeActivityProcessor(Reply.Say("hoi")));
        app.ChannelResponses.Enqueue(() => null);

        using var response = await app.PostAsync(BotApp.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, app.Channel.Requests.Count);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var time = new InstantDelayTimeProvider();
        using var app = new BotApp(Settings(), new FakeActivityProcessor(Reply.Say("hoi")), time);
        app.ChannelResponses.Enqueue(() => new HttpResponseMessage(HttpStatusCode.BadRequest));
        var client = app.Services.GetRequiredService<IConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Outbound(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Single(app.Channel.Requests);
    }

    [Fact]
    public async Task Send_without_replyToId_posts_to_the_conversation_and_returns_the_id()
    {
        using var app = new BotApp(Settings());
        app.ChannelResponses.Enqueue(() => StubHttpHandler.Json("""{"id":"0123"}""", HttpStatusCode.Created));
        var client = app.Services.GetRequiredService<IConnectorClient>();

        var id = await client.SendAsync(Outbound(), CancellationToken.None);

        Assert.Equal("0123", id);
        Assert.Equal("http://localhost:5000/v3/conversations/19%3Ameeting%3Bmessageid%3D1/activities", Assert.Single(app.Channel.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Accepted_without_a_body_is_success_without_id()
    {
        using var app = new BotApp(Settings());
        app.ChannelResponses.Enqueue(() => new HttpResponseMessage(HttpStatusCode.Accepted));
        var client = app.Services.GetRequiredService<IConnectorClient>();

        Assert.Null(await client.SendAsync(Outbound(), CancellationToken.None));
    }

    [Fact]
    public async Task With_auth_on_the_token_is_never_sent_to_an_untrusted_service_url()
    {
        using var app = new BotApp(Settings(BotApp.AuthOn(withPassword: true)));
        var client = app.Services.GetRequiredService<IConnectorClient>();

        await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Outbound(), CancellationToken.None));

        Assert.Empty(app.Channel.Requests);
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_to_v3_conversations()
    {
        using var app = new BotApp(Settings());
        app.ChannelResponses.Enqueue(() => StubHttpHandler.Json("""{"id":"a:new","activityId":"1"}"""));
        var client = app.Services.GetRequiredService<IConnectorClient>();
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
        };

        var created = await client.CreateConversationAsync("https://smba.test/emea", parameters, CancellationToken.None);

        Assert.Equal("a:new", created.Id);
        var request = Assert.Single(app.Channel.Requests);
        Assert.Equal("https://smba.test/emea/v3/conversations", request.Uri.AbsoluteUri);
        Assert.Contains("\"tenantId\":\"tenant-1\"", request.Body, StringComparison.Ordinal);
    }

    private static Activity Outbound() => new()
    {
        Type = ActivityTypes.Message,
        Text = "hoi",
        ServiceUrl = "http://localhost:5000",
        Conversation = new ConversationAccount { Id = "19:meeting;messageid=1" },
    };

    private static HttpResponseMessage WithRetryAfter(HttpResponseMessage response, string value)
    {
        response.Headers.TryAddWithoutValidation("Retry-After", value);
        return response;
    }
}
