using System.Text.Json;
using System.Threading.Channels;
using GesprekBot.Bot.Turns;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// The in-process side of Direct Line conversations: one lock per conversation, so its turns and
/// log writes happen one at a time, and the open streams that get each new activity set.
/// </summary>
public sealed class DirectLineHub
{
    // Our own instance, not the turn pipeline's: the processor may lock the same conversation
    // inside a turn we run while holding this one, and the locks are not re-entrant.
    private readonly ConversationLocks locks = new();
    private readonly Dictionary<string, List<Channel<string>>> streams = new(StringComparer.Ordinal);

    /// <summary>Frames a slow stream may fall behind before it is closed (the client then resumes by watermark).</summary>
    internal const int StreamBacklog = 256;

    public Task<IDisposable> LockAsync(string conversationId, CancellationToken cancellationToken) =>
        locks.AcquireAsync(conversationId, cancellationToken);

    /// <summary>
    /// Registers a stream. Call it while holding the conversation's lock, right after reading the
    /// replay, so no activity falls between the replay and the live frames.
    /// </summary>
    public StreamSubscription Subscribe(string conversationId)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(StreamBacklog) { SingleReader = true });
        lock (streams)
        {
            if (!streams.TryGetValue(conversationId, out var list))
            {
                list = [];
                streams[conversationId] = list;
            }

            list.Add(channel);
        }

        return new StreamSubscription(channel.Reader, () => Remove(conversationId, channel));
    }

    public void Publish(string conversationId, ActivitySet set)
    {
        Channel<string>[] targets;
        lock (streams)
        {
            if (!streams.TryGetValue(conversationId, out var list))
            {
                return;
            }

            targets = [.. list];
        }

        var frame = JsonSerializer.Serialize(set, DirectLineJson.Options);
        foreach (var target in targets)
        {
            if (!target.Writer.TryWrite(frame))
            {
                // Never wait for a slow client while holding the conversation's lock: end its
                // stream instead; DirectLineJS reconnects and resumes from its watermark.
                target.Writer.TryComplete();
            }
        }
    }

    internal int OpenStreams(string conversationId)
    {
        lock (streams)
        {
            return streams.TryGetValue(conversationId, out var list) ? list.Count : 0;
        }
    }

    private void Remove(string conversationId, Channel<string> channel)
    {
        channel.Writer.TryComplete();
        lock (streams)
        {
            if (streams.TryGetValue(conversationId, out var list) && list.Remove(channel) && list.Count == 0)
            {
                streams.Remove(conversationId);
            }
        }
    }
}
