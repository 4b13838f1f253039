using System.Net;
using System.Text.Json.Nodes;
using GesprekBot.Bot.Channels.DirectLine;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineConversationTests : IAsyncLifetime
{
    private readonly ConsentTestProcessor bot = new();
    private readonly InMemoryStateStore store = new();
    private readonly DirectLineTestServer server;
    private readonly DirectLineTestClient client;

    public DirectLineConversationTests()
    {
        server = DirectLineTestServer.Start(store, bot);
        client = server.Client();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Starting_a_conversation_answers_201_with_a_ws_stream_url_and_the_bot_greets()
    {
        var started = await client.StartNewAsync();
        var conversationId = started["conversationId"]!.GetValue<string>();
        var token = started["token"]!.GetValue<string>();

        Assert.Equal(1800, started["expires_in"]!.GetValue<int>());
        Assert.StartsWith($"ws://{server.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?t=", started["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        var set = await client.ActivitiesAsync(conversationId, token);
        var greeting = Assert.Single(set["activities"]!.AsArray())!;
        Assert.Equal(ConsentTestProcessor.Welcome, greeting["text"]!.GetValue<string>());
        Assert.Equal(["Ja", "Nee"], greeting["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal("bot", greeting["from"]!["role"]!.GetValue<string>());
        Assert.Equal($"{conversationId}|0000001", greeting["id"]!.GetValue<string>());
        Assert.Equal("1", set["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_bot_gets_a_conversationUpdate_with_the_user_added_that_is_never_sent_to_the_client()
    {
        var token = await client.ChatTokenAsync(invite: "INTAKE-2026-ab12");
        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token["token"]!.GetValue<string>(), new { locale = "nl-BE" });
        var started = await DirectLineTestClient.ReadOkAsync(response);

        var update = Assert.Single(bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(token["userId"]!.GetValue<string>(), Assert.Single(update.MembersAdded!).Id);
        Assert.Equal("INTAKE-2026-ab12", update.ChannelData!.Value.GetProperty("invite").GetString());
        Assert.Equal("webchat", update.ChannelId);
        Assert.Equal("nl-BE", update.Locale);
        Assert.Equal(server.BaseAddress.ToString(), update.ServiceUrl);
        var activities = (await client.ActivitiesAsync(started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>()))["activities"]!.AsArray();
        Assert.DoesNotContain(activities, a => a!["type"]!.GetValue<string>() == ActivityTypes.ConversationUpdate);
        var record = await server.Services.GetRequiredService<DirectLineConversationStore>().GetRecordAsync(started["conversationId"]!.GetValue<string>(), CancellationToken.None);
        Assert.Equal("INTAKE-2026-ab12", record?.Invite);
    }

    [Fact]
    public async Task A_malformed_invite_code_is_ignored()
    {
        var token = await client.ChatTokenAsync(invite: "<script>alert(1)</script>");
        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token["token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Null(Assert.Single(bot.Received).ChannelData);
    }

    [Fact]
    public async Task Starting_again_with_the_same_token_answers_200_and_does_not_greet_twice()
    {
        var token = (await client.ChatTokenAsync())["token"]!.GetValue<string>();
        using var first = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        using var second = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        var body = await DirectLineTestClient.ReadOkAsync(second);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(bot.Received);
        Assert.Single((await client.ActivitiesAsync(body["conversationId"]!.GetValue<string>(), token))["activities"]!.AsArray());
    }

    [Fact]
    public async Task A_posted_activity_is_echoed_with_its_clientActivityID_an_id_a_UTC_timestamp_and_the_token_user()
    {
        var chat = await client.ChatTokenAsync();
        var userId = chat["userId"]!.GetValue<string>();
        var started = await StartAsync(chat);
        var (conversationId, token) = Ids(started);

        using var response = await client.PostMessageAsync(conversationId, token, "Ja", clientActivityId: "client-42", fromId: "dl_impostor");
        var posted = await DirectLineTestClient.ReadOkAsync(response);
        var set = await client.ActivitiesAsync(conversationId, token, watermark: "1");

        var activities = set["activities"]!.AsArray();
        Assert.Equal(2, activities.Count);
        var echo = activities[0]!;
        Assert.Equal($"{conversationId}|0000002", posted["id"]!.GetValue<string>());
        Assert.Equal(posted["id"]!.GetValue<string>(), echo["id"]!.GetValue<string>());
        Assert.Equal("client-42", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("webchat", echo["channelId"]!.GetValue<string>());
        Assert.Equal(userId, echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Equal("gesprekbot", echo["recipient"]!["id"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", echo["timestamp"]!.GetValue<string>());
        Assert.Equal(ConsentTestProcessor.AskName, activities[1]!["text"]!.GetValue<string>());
        Assert.True(string.CompareOrdinal(echo["timestamp"]!.GetValue<string>(), activities[1]!["timestamp"]!.GetValue<string>()) < 0);
        Assert.Equal("3", set["watermark"]!.GetValue<string>());
        Assert.Null(echo["from"]!["aadObjectId"]);
        Assert.Null(echo["callerId"]);
        var inbound = bot.Received.Last();
        Assert.Equal(conversationId, inbound.Conversation!.Id);
        Assert.Equal("webchat", inbound.ChannelId);
    }

    [Fact]
    public async Task Polling_resumes_from_the_watermark_and_typing_is_never_stored()
    {
        var (conversationId, token) = Ids(await client.StartNewAsync());
        await (await client.PostMessageAsync(conversationId, token, "Ja")).Content.ReadAsStringAsync();
        await (await client.PostMessageAsync(conversationId, token, "Mira")).Content.ReadAsStringAsync();

        var all = await client.ActivitiesAsync(conversationId, token, watermark: "");
        var rest = await client.ActivitiesAsync(conversationId, token, watermark: "3");
        var none = await client.ActivitiesAsync(conversationId, token, watermark: "5");

        Assert.Equal(5, all["activities"]!.AsArray().Count);
        Assert.DoesNotContain(all["activities"]!.AsArray(), a => a!["type"]!.GetValue<string>() == "typing");
        Assert.Equal(["Mira", "Fijn je te leren kennen, Mira."], rest["activities"]!.AsArray().Select(a => a!["text"]!.GetValue<string>()));
        Assert.Empty(none["activities"]!.AsArray());
        Assert.Equal("5", none["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_users_typing_is_acknowledged_but_neither_stored_nor_sent_to_the_bot()
    {
        var (conversationId, token) = Ids(await client.StartNewAsync());

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new { type = "typing", from = new { id = "x" } });
        var posted = await DirectLineTestClient.ReadOkAsync(response);

        Assert.StartsWith($"{conversationId}|t", posted["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(bot.Received);
        Assert.Single((await client.ActivitiesAsync(conversationId, token))["activities"]!.AsArray());
    }

    [Fact]
    public async Task Reconnecting_with_GET_conversation_answers_a_fresh_token_and_a_stream_url_with_the_watermark()
    {
        var (conversationId, token) = Ids(await client.StartNewAsync());

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token);
        var body = await DirectLineTestClient.ReadOkAsync(response);

        Assert.Equal(conversationId, body["conversationId"]!.GetValue<string>());
        Assert.Contains("watermark=1&t=", body["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single((await client.ActivitiesAsync(conversationId, body["token"]!.GetValue<string>()))["activities"]!.AsArray());
    }

    [Fact]
    public async Task The_log_keeps_only_the_newest_activities_and_the_ids_keep_counting()
    {
        await using var small = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor(), settings: new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "4" });
        var smallClient = small.Client();
        var (conversationId, token) = Ids(await smallClient.StartNewAsync());
        for (var i = 0; i < 3; i++)
        {
            (await smallClient.PostMessageAsync(conversationId, token, $"bericht {i}")).Dispose();
        }

        var set = await smallClient.ActivitiesAsync(conversationId, token);

        Assert.Equal(
            [$"{conversationId}|0000004", $"{conversationId}|0000005", $"{conversationId}|0000006", $"{conversationId}|0000007"],
            set["activities"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal("7", set["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_conversation_keeps_the_channel_it_started_on_whatever_a_client_writes_in_channelId()
    {
        using var generate = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestServer.Secret);
        var token = (await DirectLineTestClient.ReadOkAsync(generate))["token"]!.GetValue<string>();
        using var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        var (conversationId, streamToken) = Ids(await DirectLineTestClient.ReadOkAsync(start));

        (await client.PostMessageAsync(conversationId, streamToken, "Ja")).Dispose();

        Assert.All(bot.Received, a => Assert.Equal("directline", a.ChannelId));
        var echo = (await client.ActivitiesAsync(conversationId, streamToken, watermark: "1"))["activities"]![0]!;
        Assert.Equal("directline", echo["channelId"]!.GetValue<string>());
    }

    private async Task<JsonObject> StartAsync(JsonObject chat)
    {
        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", chat["token"]!.GetValue<string>());
        return await DirectLineTestClient.ReadOkAsync(response);
    }

    private static (string ConversationId, string Token) Ids(JsonObject started) =>
        (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
}
