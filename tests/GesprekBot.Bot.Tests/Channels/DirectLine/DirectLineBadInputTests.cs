using System.Net;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineBadInputTests : IAsyncLifetime
{
    private readonly DirectLineTestServer server;
    private readonly DirectLineTestClient client;

    public DirectLineBadInputTests()
    {
        server = DirectLineTestServer.Start(
            new InMemoryStateStore(),
            new ConsentTestProcessor(),
            settings: new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://partner.example" });
        client = server.Client();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task An_unknown_conversation_answers_404()
    {
        var unstarted = await client.ChatTokenAsync();
        var path = $"/v3/directline/conversations/{unstarted["conversationId"]}/activities";

        using var withToken = await client.SendAsync(HttpMethod.Get, path, unstarted["token"]!.GetValue<string>());
        using var withSecret = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/0123456789abcdef0123456789abcdef", DirectLineTestServer.Secret);
        using var oddId = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/..%2Fsecrets/activities", DirectLineTestServer.Secret);

        Assert.Equal("ConversationNotFound", await DirectLineTestClient.ErrorCodeAsync(withToken, HttpStatusCode.NotFound));
        Assert.Equal("ConversationNotFound", await DirectLineTestClient.ErrorCodeAsync(withSecret, HttpStatusCode.NotFound));
        Assert.Equal("ConversationNotFound", await DirectLineTestClient.ErrorCodeAsync(oddId, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_token_for_conversation_A_is_refused_on_conversation_B_with_403()
    {
        var a = await client.StartNewAsync();
        var b = await client.StartNewAsync();

        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{b["conversationId"]}/activities", a["token"]!.GetValue<string>());
        using var post = await client.PostMessageAsync(b["conversationId"]!.GetValue<string>(), a["token"]!.GetValue<string>(), "hallo");
        using var resume = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{b["conversationId"]}", a["token"]!.GetValue<string>());

        Assert.Equal("TokenConversationMismatch", await DirectLineTestClient.ErrorCodeAsync(read, HttpStatusCode.Forbidden));
        Assert.Equal("TokenConversationMismatch", await DirectLineTestClient.ErrorCodeAsync(post, HttpStatusCode.Forbidden));
        Assert.Equal("TokenConversationMismatch", await DirectLineTestClient.ErrorCodeAsync(resume, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task An_oversized_activity_answers_413_and_is_not_stored()
    {
        var (conversationId, token) = await StartAsync();
        var huge = new string('x', 65 * 1024);

        using var response = await client.PostMessageAsync(conversationId, token, huge);

        Assert.Equal("PayloadTooLarge", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.RequestEntityTooLarge));
        Assert.Single((await client.ActivitiesAsync(conversationId, token))["activities"]!.AsArray());
    }

    [Theory]
    [InlineData(40)]
    [InlineData(62)]
    public async Task A_deeply_nested_activity_answers_400_not_500_and_is_not_stored(int depth)
    {
        // Security probe F9a: 62 levels passed the reader and broke the log write with a 500.
        var (conversationId, token) = await StartAsync();
        var value = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            rawBody: $"{{\"type\":\"event\",\"name\":\"n\",\"from\":{{\"id\":\"dl_x\"}},\"value\":{value}}}");

        Assert.Equal("MalformedJson", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
        Assert.Single((await client.ActivitiesAsync(conversationId, token))["activities"]!.AsArray());
    }

    [Fact]
    public async Task An_activity_nested_as_deep_as_cards_and_channel_data_go_is_taken()
    {
        var (conversationId, token) = await StartAsync();
        var value = string.Concat(Enumerable.Repeat("{\"a\":", 20)) + "1" + new string('}', 20);

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            rawBody: $"{{\"type\":\"message\",\"text\":\"hallo\",\"from\":{{\"id\":\"dl_x\"}},\"channelData\":{value}}}");

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", "MalformedJson")]
    [InlineData("[1,2,3]", "MalformedJson")]
    [InlineData("{\"text\":\"no type\"}", "MissingType")]
    [InlineData("", "MissingBody")]
    [InlineData("{\"type\":\"conversationUpdate\",\"membersAdded\":[{\"id\":\"dl_x\"}]}", "UnsupportedType")]
    public async Task A_malformed_activity_answers_400(string body, string code)
    {
        var (conversationId, token) = await StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, rawBody: body);

        Assert.Equal(code, await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_bot_failure_answers_502_but_the_echo_is_kept()
    {
        var (conversationId, token) = await StartAsync();

        using var response = await client.PostMessageAsync(conversationId, token, "boom");

        Assert.Equal("BotError", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.BadGateway));
        var activities = (await client.ActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        Assert.Equal("boom", activities[^1]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upload_is_not_supported_yet_and_says_so_with_501()
    {
        var (conversationId, token) = await StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=dl_x", token, rawBody: "{}");

        Assert.Equal("UploadNotSupported", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.NotImplemented));
    }

    [Fact]
    public async Task The_stream_path_without_a_WebSocket_upgrade_answers_400()
    {
        var (conversationId, token) = await StartAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}", null);

        Assert.Equal("WebSocketRequired", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
    }

    private async Task<(string ConversationId, string Token)> StartAsync()
    {
        var started = await client.StartNewAsync();
        return (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
    }
}
