using GesprekBot.Bot.Channels.DirectLine;

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
}
