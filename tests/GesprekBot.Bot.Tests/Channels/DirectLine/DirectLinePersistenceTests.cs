using System.Net;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using GesprekBot.Bot.Tests.Storage;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLinePersistenceTests
{
    [Fact]
    public async Task A_client_resumes_its_conversation_after_the_bot_restarted_on_the_same_store()
    {
        var store = new InMemoryStateStore();
        using var data = new TempDirectory();
        string conversationId, token;
        await using (var before = DirectLineTestServer.Start(store, new ConsentTestProcessor(), dataDirectory: data.Path))
        {
            var started = await before.Client().StartNewAsync();
            (conversationId, token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
            (await before.Client().PostMessageAsync(conversationId, token, "Ja")).Dispose();
        }

        await using var after = DirectLineTestServer.Start(store, new ConsentTestProcessor(), dataDirectory: data.Path);
        var client = after.Client();
        using var resume = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=", token);
        var fresh = (await DirectLineTestClient.ReadOkAsync(resume))["token"]!.GetValue<string>();
        var history = await client.ActivitiesAsync(conversationId, fresh);
        using var next = await client.PostMessageAsync(conversationId, fresh, "Mira");
        var posted = await DirectLineTestClient.ReadOkAsync(next);

        Assert.Equal(
            [ConsentTestProcessor.Welcome, "Ja", ConsentTestProcessor.AskName],
            history["activities"]!.AsArray().Select(a => a!["text"]!.GetValue<string>()));
        Assert.Equal($"{conversationId}|0000004", posted["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_configured_secret_tokens_do_not_survive_a_restart()
    {
        var store = new InMemoryStateStore();
        var noSecret = new Dictionary<string, string?> { ["DirectLine:Secret"] = "" };
        using var data = new TempDirectory();
        string conversationId, token;
        await using (var before = DirectLineTestServer.Start(store, new ConsentTestProcessor(), settings: noSecret, dataDirectory: data.Path))
        {
            var started = await before.Client().StartNewAsync();
            (conversationId, token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
        }

        await using var after = DirectLineTestServer.Start(store, new ConsentTestProcessor(), settings: noSecret, dataDirectory: data.Path);
        using var resume = await after.Client().SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}", token);

        Assert.Equal("InvalidToken", await DirectLineTestClient.ErrorCodeAsync(resume, HttpStatusCode.Unauthorized));
    }
}
