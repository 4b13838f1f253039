using GesprekBot.Storage.DirectLine;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Scale-out streaming: when any instance on the shared PostgreSQL appended to a conversation that
/// has open streams here, reads the activities after the furthest-behind stream's position from the
/// table and hands them to the hub, which sends each stream only what it has not had. Runs under
/// the conversation's log lock, like local appends, so the two never interleave.
/// </summary>
public sealed partial class DirectLineStreamRelay(
    DirectLineHub hub,
    DirectLineConversationStore store,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineStreamRelay> logger) : IDirectLineAppendListener
{
    public void Appended(string conversationId, long lastSequence)
    {
        // Called on the listening connection's thread: never block it.
        if (hub.OldestPositionBehind(conversationId, lastSequence) is not null)
        {
            _ = CatchUpAsync(conversationId, lastSequence);
        }
    }

    public void Resynchronise()
    {
        foreach (var conversationId in hub.ConversationsWithStreams())
        {
            _ = CatchUpAsync(conversationId, long.MaxValue);
        }
    }

    internal async Task CatchUpAsync(string conversationId, long lastSequence)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            using var lease = await hub.LockLogAsync(conversationId, stopping);
            if (hub.OldestPositionBehind(conversationId, lastSequence) is not { } oldest)
            {
                return; // sent meanwhile by this instance or an earlier catch-up
            }

            var log = await store.ReadLogAsync(conversationId, oldest, stopping);
            hub.CatchUp(conversationId, new ActivitySet(log.Activities, log.Watermark));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // shutting down; clients resume by watermark elsewhere
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The stream keeps its position; the next notification or its reconnect fills the gap.
            LogCatchUpFailed(logger, ex, conversationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching appended activities for the streams of Direct Line conversation {ConversationId} failed")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception, string conversationId);
}
