namespace GesprekBot.Bot.Protocol;

/// <summary>
/// Where a conversation lives, kept from an inbound activity so the bot can write into it later
/// (proactive messages; PROTOCOL §1 A2304 asks to persist the serviceUrl for that).
/// </summary>
public sealed record ConversationReference(
    string? ActivityId,
    ChannelAccount? User,
    ChannelAccount? Bot,
    ConversationAccount? Conversation,
    string? ChannelId,
    string? Locale,
    string? ServiceUrl)
{
    public static ConversationReference FromActivity(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        // Built from a reply so it gets the same copying and blank-omitting rules.
        var reply = ReplyAddressing.CreateReply(inbound);
        return new ConversationReference(inbound.Id, reply.Recipient, reply.From, reply.Conversation, inbound.ChannelId, reply.Locale, inbound.ServiceUrl);
    }

    /// <summary>A new message into the conversation, not threaded under any earlier activity.</summary>
    public Activity CreateMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        From = Bot,
        Recipient = User,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
        TextFormat = "plain",
        Text = string.IsNullOrEmpty(text) ? null : text,
    };
}
