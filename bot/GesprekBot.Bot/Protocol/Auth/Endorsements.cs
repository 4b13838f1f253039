using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace GesprekBot.Bot.Protocol.Auth;

/// <summary>
/// A channel's signing key may list the channels it speaks for (<c>endorsements</c>); a token
/// signed by such a key is only good for an activity from one of those channels.
/// </summary>
internal static class Endorsements
{
    public static bool Allow(JsonWebKey? key, string? channelId)
    {
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null)
        {
            return true;
        }

        var endorsed = Read(raw);
        return !string.IsNullOrEmpty(channelId) && endorsed.Contains(channelId, StringComparer.Ordinal);
    }

    // IdentityModel has stored unknown JWK members as JsonElement in some versions and as plain
    // lists in others; accept both rather than depend on one.
    private static List<string> Read(object raw) => raw switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : "")],
        JsonElement { ValueKind: JsonValueKind.String } single => [single.GetString() ?? ""],
        string single => [single],
        IEnumerable items => [.. items.Cast<object?>().Select(i => i?.ToString() ?? "")],
        _ => [],
    };
}
