using System.Net;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineTokenTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private readonly DirectLineTestServer server;
    private readonly DirectLineTestClient client;

    public DirectLineTokenTests()
    {
        server = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor(), time);
        client = server.Client();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Generate_with_the_secret_answers_a_token_for_a_new_conversation_valid_1800_seconds()
    {
        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestServer.Secret, new { user = new { id = "dl_client-7", name = "Client" } });
        var body = await DirectLineTestClient.ReadOkAsync(response);

        Assert.Matches("^[0-9a-f]{32}$", body["conversationId"]!.GetValue<string>());
        Assert.StartsWith("dl1.", body["token"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task Generate_refuses_a_missing_secret_a_token_and_a_user_id_without_dl_prefix()
    {
        var token = (await client.ChatTokenAsync())["token"]!.GetValue<string>();
        using var anonymous = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null);
        using var withToken = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token);
        using var badUser = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestServer.Secret, new { user = new { id = "alice" } });

        Assert.Equal("MissingToken", await DirectLineTestClient.ErrorCodeAsync(anonymous, HttpStatusCode.Unauthorized));
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("SecretRequired", await DirectLineTestClient.ErrorCodeAsync(withToken, HttpStatusCode.Forbidden));
        Assert.Equal("InvalidUserId", await DirectLineTestClient.ErrorCodeAsync(badUser, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task The_chat_page_token_is_for_a_fresh_dl_user_and_never_contains_the_secret()
    {
        var first = await client.ChatTokenAsync();
        var second = await client.ChatTokenAsync();

        Assert.StartsWith("dl_", first["userId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEqual(first["userId"]!.GetValue<string>(), second["userId"]!.GetValue<string>());
        Assert.NotEqual(first["conversationId"]!.GetValue<string>(), second["conversationId"]!.GetValue<string>());
        Assert.DoesNotContain(DirectLineTestServer.Secret, first.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1800, first["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_chat_page_token_refuses_a_foreign_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat/token");
        request.Headers.Add("Origin", "https://evil.example");
        using var response = await server.Http.SendAsync(request);

        Assert.Equal("OriginNotAllowed", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task Too_many_new_chats_from_one_address_answer_429_with_Retry_After()
    {
        await using var limited = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor(), settings: new Dictionary<string, string?> { ["DirectLine:NewConversationsPerMinute"] = "2" });
        var limitedClient = limited.Client();
        await limitedClient.ChatTokenAsync();
        await limitedClient.ChatTokenAsync();

        using var third = await limited.Http.PostAsync(new Uri("/api/chat/token", UriKind.Relative), null);

        Assert.Equal("TooManyRequests", await DirectLineTestClient.ErrorCodeAsync(third, System.Net.HttpStatusCode.TooManyRequests));
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Too_many_posts_into_one_conversation_answer_429_and_other_conversations_go_on()
    {
        await using var limited = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor(), settings: new Dictionary<string, string?> { ["DirectLine:PostsPerConversationPerMinute"] = "3" });
        var limitedClient = limited.Client();
        var flooded = await limitedClient.StartNewAsync();
        var other = await limitedClient.StartNewAsync();
        var (id, token) = (flooded["conversationId"]!.GetValue<string>(), flooded["token"]!.GetValue<string>());
        for (var i = 0; i < 3; i++)
        {
            using var accepted = await limitedClient.PostMessageAsync(id, token, $"bericht {i}");
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var fourth = await limitedClient.PostMessageAsync(id, token, "nog een");
        using var elsewhere = await limitedClient.PostMessageAsync(other["conversationId"]!.GetValue<string>(), other["token"]!.GetValue<string>(), "hallo");

        Assert.Equal("TooManyRequests", await DirectLineTestClient.ErrorCodeAsync(fourth, HttpStatusCode.TooManyRequests));
        Assert.True(fourth.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Refresh_gives_a_new_token_for_the_same_conversation_while_the_old_one_is_valid()
    {
        var issued = await client.ChatTokenAsync();
        time.Advance(TimeSpan.FromMinutes(20));

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", issued["token"]!.GetValue<string>());
        var refreshed = await DirectLineTestClient.ReadOkAsync(response);
        time.Advance(TimeSpan.FromMinutes(20));
        using var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", refreshed["token"]!.GetValue<string>());

        Assert.Equal(issued["conversationId"]!.GetValue<string>(), refreshed["conversationId"]!.GetValue<string>());
        Assert.NotEqual(issued["token"]!.GetValue<string>(), refreshed["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_cannot_be_refreshed_or_used_and_answers_403_as_DirectLineJS_expects()
    {
        var started = await client.StartNewAsync();
        var token = started["token"]!.GetValue<string>();
        var conversationId = started["conversationId"]!.GetValue<string>();
        time.Advance(TimeSpan.FromMinutes(31));

        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        using var poll = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);

        Assert.Equal("TokenExpired", await DirectLineTestClient.ErrorCodeAsync(refresh, HttpStatusCode.Forbidden));
        Assert.Equal("TokenExpired", await DirectLineTestClient.ErrorCodeAsync(poll, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_forged_or_tampered_token_is_refused_with_401()
    {
        var started = await client.StartNewAsync();
        var token = started["token"]!.GetValue<string>();
        var conversationId = started["conversationId"]!.GetValue<string>();
        var tampered = token[..^2] + (token[^2] == 'A' ? "BB" : "AA");

        using var forged = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", "dl1.eyJjIjoiYSJ9.c2lnbmF0dXJl");
        using var changed = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", tampered);
        using var missing = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", null);

        Assert.Equal("InvalidToken", await DirectLineTestClient.ErrorCodeAsync(forged, HttpStatusCode.Unauthorized));
        Assert.Equal("InvalidToken", await DirectLineTestClient.ErrorCodeAsync(changed, HttpStatusCode.Unauthorized));
        Assert.Equal("MissingToken", await DirectLineTestClient.ErrorCodeAsync(missing, HttpStatusCode.Unauthorized));
    }
}
