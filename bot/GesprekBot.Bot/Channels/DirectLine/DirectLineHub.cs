using System.Text.Json;
using System.Threading.Channels;
using GesprekBot.Bot.Turns;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// The in-process side of Direct Line conversations: per conversation a turn lock (turns run one
/// at a time, in the order they were posted) and a log lock (appending and publishing, or reading
/// the replay and subscribing, happen as one step), and the open streams that get each new set.
/// Always take the turn lock before the log lock. A stream needs only the log lock, so it can
/// (re)connect while a slow turn runs.
/// </summary>
public sealed class DirectLineHub
{
    // Our own instances, not the turn pipeline's: the processor may lock the same conversation
    // inside a turn we run while holding ours, and the locks are not re-entrant.
    private readonly ConversationLocks turns = new();
    private readonly ConversationLocks logs = new();
    private readonly Dictionary<string, List<Channel<string>>> streams = new(StringComparer.Ordinal);

    /// <summary>Frames a slow stream may fall behind before it is closed (the client then resumes by watermark).</summary>
    internal const int StreamBacklog = 256;

    public Task<IDisposable> LockTurnAsync(string conversationId, CancellationToken cancellationToken) =>
        turns.AcquireAsync(conversationId, cancellationToken);

    public Task<IDisposable> LockLogAsync(string conversationId, CancellationToken cancellationToken) =>
        logs.AcquireAsync(conversationId, cancellationToken);

    /// <summary>
    /// Registers a stream. Call it while holding the log lock, right after reading the replay, so
    /// no activity falls between the replay and the live frames.
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
