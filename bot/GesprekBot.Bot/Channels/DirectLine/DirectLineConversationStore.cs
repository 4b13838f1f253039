using System.Text.Json;
using GesprekBot.Bot.Protocol;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Keeps conversation records and activity logs in the state store, so a client can come back
/// after the bot restarted. Writes use ETag compare-and-swap: the in-process lock serialises this
/// instance, the ETag protects against another instance sharing the store.
/// </summary>
public sealed class DirectLineConversationStore(IStateStore store, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const int MaxAttempts = 5;

    public async Task<ConversationRecord?> GetRecordAsync(string conversationId, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(RecordKey(conversationId), cancellationToken);
        return item is null ? null : JsonSerializer.Deserialize<ConversationRecord>(item.Json, DirectLineJson.Options);
    }

    /// <summary>Stores a new record; false when the conversation exists already.</summary>
    public async Task<bool> TryCreateAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            await store.WriteAsync(RecordKey(record.ConversationId), JsonSerializer.Serialize(record, DirectLineJson.Options), expectedETag: null, cancellationToken);
            return true;
        }
        catch (StoreConflictException)
        {
            return false;
        }
    }

    public async Task<ConversationLog> ReadLogAsync(string conversationId, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(LogKey(conversationId), cancellationToken);
        return Parse(item);
    }

    /// <summary>
    /// Gives each activity the next id and a timestamp, appends them, trims the log to its bound and
    /// writes it. Returns the log as written, for the watermark.
    /// </summary>
    public async Task<ConversationLog> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        for (var attempt = 1; ; attempt++)
        {
            var item = await store.ReadAsync(LogKey(conversationId), cancellationToken);
            var log = Parse(item);
            foreach (var activity in activities)
            {
                activity.Id = ActivityIds.For(conversationId, log.NextSequence++);
                activity.Timestamp = NextTimestamp(log);
                log.Activities.Add(activity);
            }

            var excess = log.Activities.Count - options.Value.MaxActivitiesPerConversation;
            if (excess > 0)
            {
                log.Activities.RemoveRange(0, excess);
            }

            try
            {
                await store.WriteAsync(LogKey(conversationId), JsonSerializer.Serialize(log, DirectLineJson.Options), item?.ETag, cancellationToken);
                return log;
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // Another instance appended first: read its version and stamp our activities again.
            }
        }
    }

    /// <summary>
    /// Deletes every stored activity of the conversation (the client's data was erased). The record
    /// stays, so an open chat window keeps working, and the sequence keeps counting, so the window's
    /// watermark still sees what comes next.
    /// </summary>
    public async Task ForgetActivitiesAsync(string conversationId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var item = await store.ReadAsync(LogKey(conversationId), cancellationToken);
            if (item is null)
            {
                return;
            }

            var empty = new ConversationLog { NextSequence = Parse(item).NextSequence };
            try
            {
                await store.WriteAsync(LogKey(conversationId), JsonSerializer.Serialize(empty, DirectLineJson.Options), item.ETag, cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // An activity was appended meanwhile: read again, so it is forgotten too.
            }
        }
    }

    // Web Chat orders by the timestamp in milliseconds: never let a later activity look older,
    // even when the clock steps back or two are stamped within one millisecond.
    private DateTimeOffset NextTimestamp(ConversationLog log)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        now = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var last = log.Activities.Count > 0 ? log.Activities[^1].Timestamp : null;
        return last is { } previous && now <= previous ? previous.AddMilliseconds(1) : now;
    }

    private static ConversationLog Parse(StoreItem? item) =>
        item is null ? new ConversationLog() : JsonSerializer.Deserialize<ConversationLog>(item.Json, DirectLineJson.Options) ?? new ConversationLog();

    private static string RecordKey(string conversationId) => $"directline/conversations/{conversationId}/record";

    private static string LogKey(string conversationId) => $"directline/conversations/{conversationId}/log";
}
