using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Turns;

/// <summary>
/// What the pipeline stores per conversation in one document, so the dialog state and the
/// record of processed activities change together in one atomic write: a re-delivered activity
/// can never be both "processed" and "not applied".
/// </summary>
public sealed record ConversationEnvelope
{
    /// <summary>How many processed activity ids are remembered for de-duplication.</summary>
    public const int RememberedActivities = 32;

    public string? DialogState { get; init; }

    /// <summary>Reads a stored envelope, with the engine's JSON settings (it holds the engine's replies).</summary>
    public static ConversationEnvelope Parse(string json) =>
        JsonSerializer.Deserialize<ConversationEnvelope>(json, DialogJson.Options) ?? new ConversationEnvelope();

    public string ToJson() => JsonSerializer.Serialize(this, DialogJson.Options);

    public IReadOnlyList<ProcessedActivity> Processed { get; init; } = [];

    public ProcessedActivity? Find(string? activityId) =>
        string.IsNullOrEmpty(activityId) ? null : Processed.FirstOrDefault(p => p.ActivityId == activityId);

    public ConversationEnvelope Remember(string? activityId, IReadOnlyList<Reply> replies) =>
        string.IsNullOrEmpty(activityId)
            ? this
            : this with { Processed = [.. Processed.TakeLast(RememberedActivities - 1), new ProcessedActivity(activityId, replies)] };
}

/// <summary>An activity that already ran, with the replies it produced.</summary>
public sealed record ProcessedActivity(string ActivityId, IReadOnlyList<Reply> Replies);
