using System.Text.Json;
using GesprekBot.Bot.Protocol;
using GesprekBot.Storage.DirectLine;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Keeps conversation records and activities in the Direct Line tables, so a client can come back
/// after the bot restarted or reach another instance. The conversation id is a column value only,
/// checked against our own id shape by every endpoint before it gets here.
/// </summary>
public sealed class DirectLineConversationStore(DirectLineTables tables, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public async Task<ConversationRecord?> GetRecordAsync(string conversationId, CancellationToken cancellationToken)
    {
        var row = await tables.FindAsync(conversationId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var details = JsonSerializer.Deserialize<RecordDetails>(row.Details, DirectLineJson.Options) ?? new RecordDetails(null, null, null);
        return new ConversationRecord(row.Id, row.UserId, details.UserName, details.Invite, details.Locale, row.Channel, row.CreatedAt);
    }

    /// <summary>Stores a new record; false when the conversation exists already.</summary>
    public Task<bool> TryCreateAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return tables.TryCreateAsync(record.ConversationId, record.UserId, DetailsJson(record), record.ChannelId, record.CreatedAt, cancellationToken);
    }

    /// <summary>Every stored activity (at most MaxActivitiesPerConversation) and the next sequence.</summary>
    public Task<ConversationLog> ReadLogAsync(string conversationId, CancellationToken cancellationToken) =>
        ReadLogAsync(conversationId, after: 0, cancellationToken);

    /// <summary>The stored activities after the watermark <paramref name="after"/>, and the next sequence.</summary>
    public async Task<ConversationLog> ReadLogAsync(string conversationId, long after, CancellationToken cancellationToken)
    {
        var page = await tables.ReadAfterAsync(conversationId, after, cancellationToken);
        var log = new ConversationLog { NextSequence = page.LastSequence + 1 };
        log.Activities.AddRange(page.Activities.Select(a => JsonSerializer.Deserialize<Activity>(a.Json, DirectLineJson.Options)!));
        return log;
    }

    /// <summary>
    /// Gives each activity the next id and a timestamp, appends them and trims the conversation to
    /// its bound, in one transaction. Returns the appended activities and the next sequence, for the watermark.
    /// </summary>
    public async Task<ConversationLog> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var last = await tables.AppendAsync(
            conversationId,
            activities.Count,
            (first, lastAt) =>
            {
                var stamped = new List<NewActivity>(activities.Count);
                var previous = lastAt;
                for (var i = 0; i < activities.Count; i++)
                {
                    var activity = activities[i];
                    activity.Id = ActivityIds.For(conversationId, first + i);
                    activity.Timestamp = NextTimestamp(previous);
                    previous = activity.Timestamp;
                    stamped.Add(new NewActivity(activity.Timestamp.Value, JsonSerializer.Serialize(activity, DirectLineJson.Options)));
                }

                return stamped;
            },
            options.Value.MaxActivitiesPerConversation,
            cancellationToken);
        var log = new ConversationLog { NextSequence = last + 1 };
        log.Activities.AddRange(activities);
        return log;
    }

    /// <summary>
    /// Deletes every stored activity of the conversation (the client's data was erased). The record
    /// stays, so an open chat window keeps working, and the sequence keeps counting, so the window's
    /// watermark still sees what comes next.
    /// </summary>
    public Task ForgetActivitiesAsync(string conversationId, CancellationToken cancellationToken) =>
        tables.ForgetActivitiesAsync(conversationId, cancellationToken);

    internal static string DetailsJson(ConversationRecord record) =>
        JsonSerializer.Serialize(new RecordDetails(record.UserName, record.Invite, record.Locale), DirectLineJson.Options);

    // Web Chat orders by the timestamp in milliseconds: never let a later activity look older,
    // even when the clock steps back or two are stamped within one millisecond.
    private DateTimeOffset NextTimestamp(DateTimeOffset? last)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        now = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return last is { } previous && now <= previous ? previous.AddMilliseconds(1) : now;
    }

    /// <summary>What describes the user: stored encrypted, as one value.</summary>
    private sealed record RecordDetails(string? UserName, string? Invite, string? Locale);
}
