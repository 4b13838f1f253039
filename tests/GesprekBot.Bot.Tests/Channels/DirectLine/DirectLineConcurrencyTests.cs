using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using GesprekBot.Bot.Turns;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineConcurrencyTests
{
    [Fact]
    public async Task Parallel_posts_get_unique_consecutive_ids_and_each_echo_is_stored_once()
    {
        await using var server = DirectLineTestServer.Start(new InMemoryStateStore(), new ConsentTestProcessor());
        var client = server.Client();
        var started = await client.StartNewAsync();
        var (conversationId, token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());

        var posts = Enumerable.Range(0, 6).Select(i => client.PostMessageAsync(conversationId, token, $"bericht {i}", clientActivityId: $"c{i}"));
        var responses = await Task.WhenAll(posts);
        var ids = new List<string>();
        foreach (var response in responses)
        {
            ids.Add((await DirectLineTestClient.ReadOkAsync(response))["id"]!.GetValue<string>());
            response.Dispose();
        }

        var activities = (await client.ActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(13, activities.Count);
        Assert.Equal(Enumerable.Range(1, 13).Select(n => $"{conversationId}|{n:D7}"), activities.Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal(6, activities.Count(a => a!["from"]!["role"]!.GetValue<string>() == "user"));
    }

    [Fact]
    public async Task A_stream_connects_while_a_slow_turn_runs_and_gets_the_reply_when_it_ends()
    {
        var bot = new GatedProcessor();
        await using var server = DirectLineTestServer.Start(new InMemoryStateStore(), bot);
        var client = server.Client();
        var started = await client.StartNewAsync();
        var (conversationId, token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());

        var post = client.PostMessageAsync(conversationId, token, "traag");
        await bot.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var stream = await StreamFrames.ConnectAsync(started["streamUrl"]!.GetValue<string>());
        var replay = await stream.UntilAsync(a => a["text"]?.GetValue<string>() == "traag");
        bot.Release.SetResult();
        var live = await stream.UntilAsync(a => a["text"]?.GetValue<string>() == "klaar");
        (await post).Dispose();

        Assert.Equal("traag", replay[^1]["text"]!.GetValue<string>());
        Assert.Equal($"{conversationId}|0000002", live[^1]["id"]!.GetValue<string>());
    }

    /// <summary>Holds the first message's turn until the test releases it.</summary>
    private sealed class GatedProcessor : IActivityProcessor
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity inbound, CancellationToken cancellationToken)
        {
            if (inbound.Type != ActivityTypes.Message)
            {
                return [];
            }

            Entered.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return [new Activity { Type = ActivityTypes.Message, Text = "klaar", From = inbound.Recipient, Recipient = inbound.From }];
        }
    }
}
