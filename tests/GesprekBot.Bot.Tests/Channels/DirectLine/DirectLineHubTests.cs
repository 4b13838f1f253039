using GesprekBot.Bot.Channels.DirectLine;
using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineHubTests
{
    [Fact]
    public async Task A_stream_that_falls_too_far_behind_is_ended_after_what_it_already_has()
    {
        var hub = new DirectLineHub();
        using var stream = hub.Subscribe("c");

        for (var i = 0; i <= DirectLineHub.StreamBacklog; i++)
        {
            hub.Publish("c", new ActivitySet([], i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var frames = 0;
        await foreach (var _ in stream.Frames.ReadAllAsync())
        {
            frames++;
        }

        Assert.Equal(DirectLineHub.StreamBacklog, frames);
    }

    [Fact]
    public void Every_open_stream_of_the_conversation_gets_the_set_and_closed_ones_are_forgotten()
    {
        var hub = new DirectLineHub();
        using var first = hub.Subscribe("c");
        var second = hub.Subscribe("c");
        using var other = hub.Subscribe("d");

        hub.Publish("c", new ActivitySet([], "1"));
        second.Dispose();

        Assert.True(first.Frames.TryRead(out _));
        Assert.True(second.Frames.TryRead(out _));
        Assert.False(other.Frames.TryRead(out _));
        Assert.Equal(1, hub.OpenStreams("c"));
    }

    [Fact]
    public void A_stream_gets_each_stored_activity_once_in_sequence_order_and_a_skipped_one_waits_for_the_catch_up()
    {
        var hub = new DirectLineHub();
        using var stream = hub.Subscribe("c", lastSent: 3);

        hub.Publish("c", Set(3, 4));
        hub.Publish("c", Set(6));
        Assert.Equal(4, hub.OldestPositionBehind("c", 6));
        hub.CatchUp("c", Set(5, 6));
        hub.Publish("c", Set(6));

        Assert.Equal(["c|0000004"], Ids(stream));
        Assert.Equal(["c|0000005", "c|0000006"], Ids(stream));
        Assert.False(stream.Frames.TryRead(out _));
        Assert.Null(hub.OldestPositionBehind("c", 6));
    }

    [Fact]
    public void A_catch_up_from_the_table_accepts_what_trimming_removed_and_typing_always_passes()
    {
        var hub = new DirectLineHub();
        using var stream = hub.Subscribe("c", lastSent: 1);

        hub.CatchUp("c", Set(7, 8));
        hub.Publish("c", new ActivitySet([new Activity { Type = ActivityTypes.Typing, Id = "c|typing-1" }], null));

        Assert.Equal(["c|0000007", "c|0000008"], Ids(stream));
        Assert.Equal(["c|typing-1"], Ids(stream));
    }

    private static ActivitySet Set(params long[] sequences) =>
        new([.. sequences.Select(s => new Activity { Type = ActivityTypes.Message, Id = ActivityIds.For("c", s) })], sequences[^1].ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string[] Ids(StreamSubscription stream)
    {
        Assert.True(stream.Frames.TryRead(out var frame));
        return [.. System.Text.Json.JsonDocument.Parse(frame).RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];
    }
}
