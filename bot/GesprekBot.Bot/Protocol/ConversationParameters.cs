using System.Text.Json;

namespace GesprekBot.Bot.Protocol;

/// <summary>Body of <c>POST /v3/conversations</c>, used to start a conversation proactively.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public IList<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? TenantId { get; set; }
}

/// <summary>Answer to <c>POST /v3/conversations</c>.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
