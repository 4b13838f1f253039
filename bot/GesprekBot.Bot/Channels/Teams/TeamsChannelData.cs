using System.Text.Json;
using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Channels.Teams;

/// <summary>The team an activity comes from (channel conversations, team events).</summary>
public sealed record TeamsTeam(string? Id, string? Name, string? AadGroupId);

/// <summary>A channel of a team.</summary>
public sealed record TeamsChannel(string? Id, string? Name);

/// <summary>
/// What Teams puts in an activity's <c>channelData</c> (PROTOCOL §5): the tenant, the team and
/// channel, the kind of event, and settings (the channel chosen when the app was added to a team).
/// Read without trusting its shape: a missing or oddly typed field is null, never an exception.
/// </summary>
public sealed record TeamsChannelData(
    string? TenantId,
    TeamsTeam? Team,
    TeamsChannel? Channel,
    string? EventType,
    TeamsChannel? SelectedChannel)
{
    public static TeamsChannelData Empty { get; } = new(null, null, null, null, null);

    /// <summary>The channel data of a Teams activity; <see cref="Empty"/> for other channels (A2201: their format is not ours to read).</summary>
    public static TeamsChannelData Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId != ChannelIds.MsTeams)
        {
            return Empty;
        }

        var data = activity.ChannelData is { ValueKind: JsonValueKind.Object } d ? d : default;
        var team = Object(data, "team");
        var channel = Object(data, "channel");
        var selected = Object(Object(data, "settings"), "selectedChannel");
        return new TeamsChannelData(
            // conversation.tenantId is the same tenant; channelData has it on every Teams activity, the conversation not always.
            String(Object(data, "tenant"), "id") ?? Blank(activity.Conversation?.TenantId),
            team.ValueKind == JsonValueKind.Object ? new TeamsTeam(String(team, "id"), String(team, "name"), String(team, "aadGroupId")) : null,
            channel.ValueKind == JsonValueKind.Object ? new TeamsChannel(String(channel, "id"), String(channel, "name")) : null,
            String(data, "eventType"),
            selected.ValueKind == JsonValueKind.Object ? new TeamsChannel(String(selected, "id"), String(selected, "name")) : null);
    }

    private static JsonElement Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object
            ? child
            : default;

    private static string? String(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? Blank(value.GetString())
            : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
