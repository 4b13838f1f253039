using System.Text.Json.Nodes;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using GesprekBot.Bot.Tests.Storage.Postgres;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

/// <summary>Two bot instances on one PostgreSQL: a client streams from one while its turns are posted to the other.</summary>
[Collection(SharedPostgresServer.Name)]
public sealed class DirectLineScaleOutTests(PostgresServerFixture server) : IAsyncLifetime, IDisposable
{
    private PostgresInstances? instances;
    private DirectLineTestServer? a;
    private DirectLineTestServer? b;

    private DirectLineTestServer A => a!;

    private DirectLineTestServer B => b!;

    public async Task InitializeAsync()
    {
        instances = new PostgresInstances(await server.CreateDatabaseAsync());
        a = DirectLineTestServer.Start(null, new ConsentTestProcessor(), settings: instances.Settings("a"));
        b = DirectLineTestServer.Start(null, new ConsentTestProcessor(), settings: instances.Settings("b"));
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }

    // xunit runs this after DisposeAsync has stopped both instances.
    public void Dispose() => instances?.Dispose();

    [Fact]
    public async Task A_stream_on_instance_A_gets_the_reply_to_an_activity_posted_on_instance_B_once_and_in_order()
    {
        var started = await A.Client().StartNewAsync();
        var (conversationId, token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
        using var stream = await StreamFrames.ConnectAsync(started["streamUrl"]!.GetValue<string>());
        var replay = await stream.UntilAsync(_ => true);

        using (var onB = await B.Client().PostMessageAsync(conversationId, token, "Mira"))
        {
            onB.EnsureSuccessStatusCode();
        }

        var fromB = await stream.UntilAsync(a => Text(a) == "Fijn je te leren kennen, Mira.");
        using (var onA = await A.Client().PostMessageAsync(conversationId, token, "Noor"))
        {
            onA.EnsureSuccessStatusCode();
        }

        var fromA = await stream.UntilAsync(a => Text(a) == "Fijn je te leren kennen, Noor.");

        Assert.Equal(ConsentTestProcessor.Welcome, Text(Assert.Single(replay)));
        var stored = fromB.Concat(fromA).Where(a => a["type"]!.GetValue<string>() != "typing").Select(a => a["id"]!.GetValue<string>());
        Assert.Equal([$"{conversationId}|0000002", $"{conversationId}|0000003", $"{conversationId}|0000004", $"{conversationId}|0000005"], stored);
        Assert.Equal(["Mira", "Fijn je te leren kennen, Mira."], fromB.Where(a => a["type"]!.GetValue<string>() == "message").Select(Text));
    }

    [Fact]
    public async Task Polling_either_instance_reads_the_same_transcript()
    {
        var started = await A.Client().StartNewAsync();
        var (conversationId, token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
        (await B.Client().PostMessageAsync(conversationId, token, "Ja")).Dispose();

        var fromA = await A.Client().ActivitiesAsync(conversationId, token);
        var fromB = await B.Client().ActivitiesAsync(conversationId, token);

        Assert.Equal([ConsentTestProcessor.Welcome, "Ja", ConsentTestProcessor.AskName], fromA["activities"]!.AsArray().Select(a => Text(a!)));
        Assert.Equal(fromA.ToJsonString(), fromB.ToJsonString());
    }

    private static string? Text(JsonNode activity) => activity["text"]?.GetValue<string>();
}
