using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineStreamTests : IAsyncLifetime
{
    private readonly DirectLineTestServer server;
    private readonly DirectLineTestClient client;

    public DirectLineStreamTests()
    {
        server = DirectLineTestServer.Start(
            new InMemoryStateStore(),
            new ConsentTestProcessor(),
            settings: new Dictionary<string, string?> { ["DirectLine:KeepAliveInterval"] = "00:00:00.300" });
        client = server.Client();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task The_stream_replays_the_greeting_then_pushes_echo_typing_and_reply_as_they_happen()
    {
        var started = await client.StartNewAsync();
        var (conversationId, token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
        using var stream = await StreamFrames.ConnectAsync(started["streamUrl"]!.GetValue<string>());

        var replay = await stream.UntilAsync(_ => true);
        using var post = await client.PostMessageAsync(conversationId, token, "Mira", clientActivityId: "client-7");
        var live = await stream.UntilAsync(a => a["text"]?.GetValue<string>() == "Fijn je te leren kennen, Mira.");

        Assert.Equal(ConsentTestProcessor.Welcome, Assert.Single(replay)["text"]!.GetValue<string>());
        var echo = live.First(a => a["from"]!["role"]!.GetValue<string>() == "user");
        Assert.Equal("client-7", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal($"{conversationId}|0000002", echo["id"]!.GetValue<string>());
        Assert.Contains(live, a => a["type"]!.GetValue<string>() == "typing" && a["from"]!["role"]!.GetValue<string>() == "bot");
        Assert.Equal($"{conversationId}|0000003", live[^1]["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_stream_sends_empty_keep_alive_frames_and_ignores_what_the_client_sends()
    {
        var started = await client.StartNewAsync();
        using var stream = await StreamFrames.ConnectAsync(started["streamUrl"]!.GetValue<string>());
        await stream.UntilAsync(_ => true);

        await stream.Socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        await stream.Socket.SendAsync(Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"via socket\"}"), WebSocketMessageType.Text, true, CancellationToken.None);
        var keepAlive = await stream.NextAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(string.Empty, keepAlive);
        Assert.Equal(WebSocketState.Open, stream.Socket.State);
        var activities = (await client.ActivitiesAsync(started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>()))["activities"]!.AsArray();
        Assert.DoesNotContain(activities, a => a!["text"]?.GetValue<string>() == "via socket");
    }

    [Fact]
    public async Task Resuming_the_stream_from_a_watermark_replays_only_what_came_after_it()
    {
        var started = await client.StartNewAsync();
        var (conversationId, token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
        (await client.PostMessageAsync(conversationId, token, "Ja")).Dispose();
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=2", token);
        var streamUrl = (await DirectLineTestClient.ReadOkAsync(reconnect))["streamUrl"]!.GetValue<string>();

        using var stream = await StreamFrames.ConnectAsync(streamUrl);
        var frame = JsonNode.Parse((await stream.NextAsync())!)!;

        Assert.Equal(ConsentTestProcessor.AskName, Assert.Single(frame["activities"]!.AsArray())!["text"]!.GetValue<string>());
        Assert.Equal("3", frame["watermark"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    public async Task An_invalid_token_closes_the_stream_with_a_policy_violation(string token)
    {
        var started = await client.StartNewAsync();
        var url = $"ws://{server.BaseAddress.Authority}/v3/directline/conversations/{started["conversationId"]}/stream?t={token}";
        using var stream = await StreamFrames.ConnectAsync(url);

        Assert.Null(await stream.NextAsync());
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, stream.Socket.CloseStatus);
    }

    [Fact]
    public async Task A_token_for_another_conversation_closes_the_stream_with_a_policy_violation()
    {
        var first = await client.StartNewAsync();
        var second = await client.StartNewAsync();
        var url = $"ws://{server.BaseAddress.Authority}/v3/directline/conversations/{second["conversationId"]}/stream?t={Uri.EscapeDataString(first["token"]!.GetValue<string>())}";
        using var stream = await StreamFrames.ConnectAsync(url);

        Assert.Null(await stream.NextAsync());
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, stream.Socket.CloseStatus);
    }

    [Fact]
    public async Task More_streams_than_allowed_for_one_conversation_are_closed_and_a_freed_place_can_be_used_again()
    {
        var started = await client.StartNewAsync();
        var url = started["streamUrl"]!.GetValue<string>();
        var open = new List<StreamFrames>();
        for (var i = 0; i < 4; i++)
        {
            var stream = await StreamFrames.ConnectAsync(url);
            Assert.NotNull(await stream.NextAsync()); // the replay: the stream is registered
            open.Add(stream);
        }

        using (var fifth = await StreamFrames.ConnectAsync(url))
        {
            Assert.Null(await fifth.NextAsync());
            Assert.Equal(WebSocketCloseStatus.PolicyViolation, fifth.Socket.CloseStatus);
        }

        open[0].Dispose();
        await Task.Delay(500);
        using var again = await StreamFrames.ConnectAsync(url);
        Assert.NotNull(await again.NextAsync());
        foreach (var stream in open.Skip(1))
        {
            stream.Dispose();
        }
    }
}
