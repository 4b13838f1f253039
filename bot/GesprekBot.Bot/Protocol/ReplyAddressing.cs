namespace GesprekBot.Bot.Protocol;

/// <summary>
/// Addresses a reply to the sender of an inbound activity (PROTOCOL §2). The conversation id is kept
/// exactly as it came: in a Teams channel it ends in <c>;messageid={thread}</c>, and only a reply to
/// that id (POST …/conversations/{id}/activities/{replyToId}) lands in the thread the question was
/// asked in; the bare channel id would open a new post.
/// </summary>
public static class ReplyAddressing
{
    public static Activity CreateReply(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = Copy(inbound.Recipient),
            Recipient = Copy(inbound.From),
            Conversation = Copy(inbound.Conversation),
            ReplyToId = ReplyToIdFor(inbound),
            Locale = Blank(inbound.Locale),
            ChannelId = inbound.ChannelId,
            ServiceUrl = inbound.ServiceUrl,
            TextFormat = "plain",
        };
    }

    private static string? ReplyToIdFor(Activity inbound)
    {
        // Direct Line / Web Chat have no message to thread a greeting under: the SDK leaves it empty too.
        var isGreeting = inbound.Type == ActivityTypes.ConversationUpdate
            && inbound.ChannelId is ChannelIds.DirectLine or ChannelIds.WebChat;
        return isGreeting ? null : Blank(inbound.Id);
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static ChannelAccount? Copy(ChannelAccount? account) => account is null ? null : new ChannelAccount
    {
        Id = account.Id,
        Name = Blank(account.Name),
        AadObjectId = Blank(account.AadObjectId),
        Role = Blank(account.Role),
    };

    private static ConversationAccount? Copy(ConversationAccount? conversation) => conversation is null ? null : new ConversationAccount
    {
        IsGroup = conversation.IsGroup,
        ConversationType = Blank(conversation.ConversationType),
        Id = conversation.Id,
        Name = Blank(conversation.Name),
        AadObjectId = Blank(conversation.AadObjectId),
        Role = Blank(conversation.Role),
        TenantId = Blank(conversation.TenantId),
    };
}
