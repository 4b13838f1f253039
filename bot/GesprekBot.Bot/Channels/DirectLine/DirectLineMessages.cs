using System.Text.Json.Serialization;
using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>The JSON bodies of the Direct Line REST calls, as DirectLineJS sends and reads them.</summary>
internal static class DirectLineMessages
{
    /// <summary>Body of /tokens/generate and POST /conversations: both optional.</summary>
    internal sealed record StartRequest(ChannelAccount? User, string? Locale);

    /// <summary>Answer of /tokens/generate, /tokens/refresh and the page's /api/chat/token.</summary>
    internal sealed record TokenResponse(
        string ConversationId,
        string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        string? UserId = null);

    /// <summary>Answer of POST /conversations and GET /conversations/{id}.</summary>
    internal sealed record ConversationResponse(
        string ConversationId,
        string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        string StreamUrl);

    /// <summary>Body of the page's /api/chat/token.</summary>
    internal sealed record ChatTokenRequest(string? Invite);
}
