using System.Net;
using System.Text.Json;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Tests.Channels.BotFramework;

public class MessagesEndpointTests
{
    [Fact]
    public async Task Without_app_id_an_unauthenticated_message_is_handled()
    {
        using var app = new BotApp();

        using var response = await app.PostAsync(BotApp.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var received = Assert.Single(app.Processor.Received);
        Assert.Equal("hallo", received.Text);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task Without_app_id_the_chat_pages_direct_line_conversations_cannot_be_reached(string channelId)
    {
        // Security probe: with auth off, posting as channelId webchat with a victim's conversation id
        // continued their intake and returned their answers.
        using var app = new BotApp();

        using var response = await app.PostAsync(BotApp.Message(channelId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(app.Processor.Received);
    }

    [Fact]
    public async Task Without_app_id_outside_development_an_unauthenticated_message_is_refused()
    {
        using var app = new BotApp(environment: "Production");

        using var response = await app.PostAsync(BotApp.Message());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Processor.Received);
        Assert.Contains(app.Logs.Lines, l => l.Contains("AllowAnonymousMessages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_app_id_outside_development_anonymous_messages_need_the_explicit_setting()
    {
        using var app = new BotApp(new() { ["Bot:AllowAnonymousMessages"] = "true" }, environment: "Production");

        using var response = await app.PostAsync(BotApp.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Processor.Received);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8081/admin/")]
    [InlineData("https://elsewhere.example/")]
    public async Task Without_app_id_replies_never_go_to_a_service_url_nobody_configured(string serviceUrl)
    {
        // Security probe: with auth off the bot posted its replies to any serviceUrl the caller named.
        using var app = new BotApp(new() { ["Bot:AllowAnonymousMessages"] = "true" }, environment: "Production");

        using var response = await app.PostAsync(BotApp.Message(serviceUrl: serviceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(app.Processor.Received);
        Assert.Empty(app.Channel.Requests);
    }

    [Fact]
    public async Task Without_app_id_in_development_the_emulator_on_this_machine_gets_its_replies()
    {
        using var app = new BotApp(processor: new FakeActivityProcessor(Reply.Say("een")));

        using var response = await app.PostAsync(BotApp.Message("emulator", "http://localhost:5000/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost:5000/v3/conversations/a%3Aconv%201/activities/act%2F1", Assert.Single(app.Channel.Requests).Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("{\"text\":\"no type\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"https://x/\"}")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"serviceUrl\":\"https://x/\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x/\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"file:///etc/passwd\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":\"c\",\"from\":{\"id\":\"u\"},\"serviceUrl\":\"https://x/\"}")]
    public async Task Bad_bodies_get_400_with_a_json_error(string body)
    {
        using var app = new BotApp();

        using var response = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("BadRequest", json.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(app.Processor.Received);
    }

    [Fact]
    public async Task A_body_nested_deeper_than_activities_go_gets_400()
    {
        // Security probe F9a: what is read is written again a few levels deeper (stored replies, logs).
        using var app = new BotApp();
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 40);

        using var response = await app.PostAsync(BotApp.Message(extra: $",\"channelData\":{deep}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Processor.Received);
    }

    [Fact]
    public async Task Oversized_body_gets_413()
    {
        using var app = new BotApp(new() { ["Bot:MaxRequestBodyBytes"] = "1024" });

        using var response = await app.PostAsync(BotApp.Message(extra: $",\"name\":\"{new string('x', 2000)}\""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_is_not_allowed()
    {
        using var app = new BotApp();

        using var response = await app.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_body_and_sends_nothing()
    {
        using var app = new BotApp(processor: new FakeActivityProcessor(Reply.Ask("Hoe gaat het?", new ReplyChoice("Goed")), Reply.Say("Tot straks")));

        using var response = await app.PostAsync("""
            {"type":"message","id":"m1","channelId":"test","deliveryMode":"expectReplies","text":"hoi",
             "from":{"id":"user-1"},"recipient":{"id":"bot-1"},"conversation":{"id":"c1"}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("null", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        var activities = json.RootElement.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(2, activities.Count);
        Assert.Equal("Hoe gaat het?", activities[0].GetProperty("text").GetString());
        Assert.Equal("user-1", activities[0].GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("imBack", activities[0].GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("type").GetString());
        Assert.Empty(app.Channel.Requests);
    }

    [Fact]
    public async Task Replies_are_posted_to_the_service_url_as_replies_in_order()
    {
        using var app = new BotApp(processor: new FakeActivityProcessor(Reply.Say("een"), Reply.Say("twee")));

        using var response = await app.PostAsync(BotApp.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = app.Channel.Requests.ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, r =>
        {
            Assert.Equal(HttpMethod.Post, r.Method);
            Assert.Equal("https://channel.test/emea/v3/conversations/a%3Aconv%201/activities/act%2F1", r.Uri.AbsoluteUri);
            Assert.Null(r.Authorization);
        });
        Assert.Contains("\"text\":\"een\"", sent[0].Body, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"twee\"", sent[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_the_channel_refuses_gives_502()
    {
        using var app = new BotApp(processor: new FakeActivityProcessor(Reply.Say("een"), Reply.Say("twee")));
        app.ChannelResponses.Enqueue(() => new HttpResponseMessage(HttpStatusCode.Forbidden));

        using var response = await app.PostAsync(BotApp.Message());

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(app.Channel.Requests);
    }

    [Fact]
    public async Task Unknown_invoke_gets_501()
    {
        using var app = new BotApp();

        using var response = await app.PostAsync(BotApp.Message().Replace("\"type\":\"message\"", "\"type\":\"invoke\",\"name\":\"x/y\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("NotImplemented", json.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task CallerId_from_the_wire_is_dropped()
    {
        using var app = new BotApp();

        using var response = await app.PostAsync(BotApp.Message(extra: ",\"callerId\":\"urn:botframework:azure\",\"futureField\":1"));

        var received = Assert.Single(app.Processor.Received);
        Assert.False(received.Properties!.ContainsKey("callerId"));
        Assert.True(received.Properties.ContainsKey("futureField"));
    }
}
