using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Turns;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// The in-process side of Direct Line conversations: per conversation a turn lock (turns run one
/// at a time, in the order they were posted) and a log lock (appending and publishing, or reading
/// the replay and subscribing, happen as one step), and the open streams that get each new set.
/// Always take the turn lock before the log lock. A stream needs only the log lock, so it can
/// (re)connect while a slow turn runs. Each stream remembers the last sequence it was sent, so an
/// activity that arrives both from this instance and through another's notification is sent once,
/// and one that would skip a sequence waits until the relay fetched the missing ones.
/// </summary>
public sealed class DirectLineHub
{
    // Our own instances, not the turn pipeline's: the processor may lock the same conversation
    // inside a turn we run while holding ours, and the locks are not re-entrant.
    private readonly ConversationLocks turns = new();
    private readonly ConversationLocks logs = new();
    private readonly Dictionary<string, List<LiveStream>> streams = new(StringComparer.Ordinal);

    /// <summary>Frames a slow stream may fall behind before it is closed (the client then resumes by watermark).</summary>
    internal const int StreamBacklog = 256;

    public Task<IDisposable> LockTurnAsync(string conversationId, CancellationToken cancellationToken) =>
        turns.AcquireAsync(conversationId, cancellationToken);

    public Task<IDisposable> LockLogAsync(string conversationId, CancellationToken cancellationToken) =>
        logs.AcquireAsync(conversationId, cancellationToken);

    /// <summary>A stream that takes whatever comes next (its position is learnt from the first set).</summary>
    public StreamSubscription Subscribe(string conversationId) => Subscribe(conversationId, lastSent: null);

    /// <summary>
    /// Registers a stream that has been sent everything up to <paramref name="lastSent"/>. Call it
    /// while holding the log lock, right after reading the replay, so no activity falls between the
    /// replay and the live frames.
    /// </summary>
    public StreamSubscription Subscribe(string conversationId, long? lastSent)
    {
        var stream = new LiveStream(Channel.CreateBounded<string>(new BoundedChannelOptions(StreamBacklog) { SingleReader = true }), lastSent);
        lock (streams)
        {
            if (!streams.TryGetValue(conversationId, out var list))
            {
                list = [];
                streams[conversationId] = list;
            }

            list.Add(stream);
        }

        return new StreamSubscription(stream.Channel.Reader, () => Remove(conversationId, stream));
    }

    /// <summary>Sends a set this instance produced: stored activities only in sequence order, never twice.</summary>
    public void Publish(string conversationId, ActivitySet set) => Deliver(conversationId, set, acceptGaps: false);

    /// <summary>
    /// Sends what the relay read from the table after a stream's position. The table is the truth:
    /// a gap there (trimmed, erased) is accepted.
    /// </summary>
    internal void CatchUp(string conversationId, ActivitySet set) => Deliver(conversationId, set, acceptGaps: true);

    /// <summary>The lowest position of the conversation's streams that are behind <paramref name="lastSequence"/>, or null.</summary>
    internal long? OldestPositionBehind(string conversationId, long lastSequence)
    {
        lock (streams)
        {
            if (!streams.TryGetValue(conversationId, out var list))
            {
                return null;
            }

            long? oldest = null;
            foreach (var stream in list)
            {
                var position = stream.LastSent ?? 0;
                if (position < lastSequence && (oldest is null || position < oldest))
                {
                    oldest = position;
                }
            }

            return oldest;
        }
    }

    internal IReadOnlyList<string> ConversationsWithStreams()
    {
        lock (streams)
        {
            return [.. streams.Keys];
        }
    }

    internal int OpenStreams(string conversationId)
    {
        lock (streams)
        {
            return streams.TryGetValue(conversationId, out var list) ? list.Count : 0;
        }
    }

    private void Deliver(string conversationId, ActivitySet set, bool acceptGaps)
    {
        LiveStream[] targets;
        lock (streams)
        {
            if (!streams.TryGetValue(conversationId, out var list))
            {
                return;
            }

            targets = [.. list];
        }

        foreach (var target in targets)
        {
            if (target.Take(set, acceptGaps) is not { } frame)
            {
                continue;
            }

            if (!target.Channel.Writer.TryWrite(JsonSerializer.Serialize(frame, DirectLineJson.Options)))
            {
                // Never wait for a slow client while holding the conversation's lock: end its
                // stream instead; DirectLineJS reconnects and resumes from its watermark.
                target.Channel.Writer.TryComplete();
            }
        }
    }

    private void Remove(string conversationId, LiveStream stream)
    {
        stream.Channel.Writer.TryComplete();
        lock (streams)
        {
            if (streams.TryGetValue(conversationId, out var list) && list.Remove(stream) && list.Count == 0)
            {
                streams.Remove(conversationId);
            }
        }
    }

    private sealed class LiveStream(Channel<string> channel, long? lastSent)
    {
        private readonly object gate = new();

        public Channel<string> Channel { get; } = channel;

        public long? LastSent { get; private set; } = lastSent;

        /// <summary>The part of the set this stream has not had yet, or null when that is nothing.</summary>
        public ActivitySet? Take(ActivitySet set, bool acceptGaps)
        {
            lock (gate)
            {
                if (set.Activities.Count == 0)
                {
                    return set;
                }

                var fresh = new List<Activity>(set.Activities.Count);
                var sentStored = false;
                var blocked = false;
                foreach (var activity in set.Activities)
                {
                    if (ActivityIds.SequenceOf(activity.Id) is not { } sequence)
                    {
                        fresh.Add(activity); // ephemeral (typing): never stored, never repeated
                    }
                    else if (!blocked && (LastSent is not { } last || sequence == last + 1 || (acceptGaps && sequence > last)))
                    {
                        fresh.Add(activity);
                        LastSent = sequence;
                        sentStored = true;
                    }
                    else if (LastSent is { } seen && sequence > seen)
                    {
                        // An earlier sequence is still on its way (appended by another instance):
                        // hold this one back; the relay fetches both from the table in order.
                        blocked = true;
                    }
                }

                return fresh.Count == 0
                    ? null
                    : new ActivitySet(fresh, sentStored ? LastSent!.Value.ToString(CultureInfo.InvariantCulture) : set.Watermark);
            }
        }
    }
}
