using System.Net;
using System.Text;
using System.Text.Json;
using GesprekBot.Bot.Tests.Channels.DirectLine;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Turns;

/// <summary>
/// A channel that re-delivers an activity may hit any instance. With two instances on one
/// PostgreSQL, copies of one activity racing on both are processed once: one answer, one entry in
/// the conversation's record of processed activities, and the dialog moved one step.
/// </summary>
[Collection(SharedPostgresServer.Name)]
public sealed class DuplicateDeliveriesAcrossInstancesTests(PostgresServerFixture server) : IAsyncLifetime, IDisposable
{
    private PostgresInstances? instances;
    private DirectLineTestServer? a;
    private DirectLineTestServer? b;

    public async Task InitializeAsync()
    {
        instances = new PostgresInstances(await server.CreateDatabaseAsync());
        a = DirectLineTestServer.Start(null, settings: instances.Settings("a"));
        b = DirectLineTestServer.Start(null, settings: instances.Settings("b"));
    }

    public async Task DisposeAsync()
    {
        await b!.DisposeAsync();
        await a!.DisposeAsync();
    }

    // xunit runs this after DisposeAsync has stopped both instances.
    public void Dispose() => instances?.Dispose();

    [Fact]
    public async Task Copies_of_one_activity_racing_on_two_instances_are_processed_once()
    {
        var conversations = Enumerable.Range(0, 6).Select(i => $"dup-{i}-{Guid.NewGuid():N}").ToArray();

        var answers = await Task.WhenAll(conversations.Select(async conversation =>
        {
            var copies = await Task.WhenAll(Task.Run(() => PostAsync(a!, conversation, "a1", "hallo")), Task.Run(() => PostAsync(b!, conversation, "a1", "hallo")), Task.Run(() => PostAsync(b!, conversation, "a1", "hallo")));
            var next = await PostAsync(a!, conversation, "a2", "ja");
            return (Copies: copies, Next: next);
        }));

        var store = a!.Services.GetRequiredService<IStateStore>();
        foreach (var (conversation, (copies, next)) in conversations.Zip(answers))
        {
            Assert.All(copies, copy => Assert.Equal(copies[0], copy));
            Assert.StartsWith("Mag ik je antwoorden bewaren?", copies[0][^1], StringComparison.Ordinal);
            Assert.StartsWith("Hoe wil je dat ik je noem?", next[^1], StringComparison.Ordinal);
            var envelope = ConversationEnvelope.Parse((await store.ReadAsync($"emulator/conversations/{conversation}"))!.Json);
            Assert.Equal(["a1", "a2"], envelope.Processed.Select(p => p.ActivityId));
        }
    }

    private static async Task<string[]> PostAsync(DirectLineTestServer instance, string conversation, string id, string text)
    {
        using var body = new StringContent(ActivityBuilder.ExpectRepliesJson(id, text, conversation), Encoding.UTF8, "application/json");
        using var response = await instance.Http.PostAsync(new Uri("/api/messages", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString() ?? string.Empty)];
    }
}
