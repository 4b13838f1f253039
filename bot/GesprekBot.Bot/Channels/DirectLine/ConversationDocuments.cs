using System.Text.Json.Serialization;
using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Who a Direct Line conversation belongs to, stored once at its start under
/// "directline/conversations/{id}/record" so the review app can find it by invite code later. (The
/// bare "{channel}/conversations/{id}" key is the turn pipeline's dialog state.)
/// </summary>
public sealed record ConversationRecord(
    string ConversationId,
    string UserId,
    string? UserName,
    string? Invite,
    string? Locale,
    string ChannelId,
    DateTimeOffset CreatedAt);

/// <summary>
/// The replayable history of a conversation, stored under "directline/conversations/{id}/log".
/// Sequence numbers keep counting when old activities are trimmed, so ids and watermarks stay unique.
/// </summary>
public sealed class ConversationLog
{
    /// <summary>The sequence number the next stored activity gets; the first one is 1.</summary>
    public long NextSequence { get; set; } = 1;

    public List<Activity> Activities { get; init; } = [];

    /// <summary>The watermark after the last stored activity, or null while nothing is stored.</summary>
    [JsonIgnore]
    public string? Watermark => NextSequence > 1 ? (NextSequence - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
}
