using System.Text.Json;

namespace GesprekBot.Bot.Notices;

/// <summary>
/// The few msteams channelData fields the notices need (PROTOCOL §5): event type, tenant, team and
/// channel ids. Private to this folder on purpose; anything unexpected reads as absent.
/// </summary>
internal sealed record TeamsChannelData(string? EventType, string? TenantId, string? TeamId, string? ChannelId)
{
    public static TeamsChannelData Read(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return new(null, null, null, null);
        }

        return new(
            String(data, "eventType"),
            String(Object(data, "tenant"), "id"),
            String(Object(data, "team"), "id"),
            String(Object(data, "channel"), "id"));
    }

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? String(JsonElement? parent, string name) =>
        parent is { } p && p.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
