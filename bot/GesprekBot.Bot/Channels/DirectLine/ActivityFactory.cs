using System.Text.Json;
using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>How Direct Line fills in the channel's part of activities (PROTOCOL §1 and §4).</summary>
internal static class ActivityFactory
{
    public const string DirectLineChannel = "directline";
    public const string WebChatChannel = "webchat";

    /// <summary>The conversationUpdate that tells the bot a user joined; it is never sent to clients.</summary>
    public static Activity ConversationStarted(ConversationRecord record, ChannelAccount bot, Uri serviceUrl)
    {
        var user = new ChannelAccount { Id = record.UserId, Name = record.UserName, Role = "user" };
        return new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            // Sequence 0 is never stored: a stable id lets the processor dedupe a repeated start.
            Id = ActivityIds.For(record.ConversationId, 0),
            ChannelId = record.ChannelId,
            ServiceUrl = serviceUrl.ToString(),
            From = user,
            Recipient = bot,
            Conversation = new ConversationAccount { Id = record.ConversationId },
            MembersAdded = [new ChannelAccount { Id = record.UserId, Name = record.UserName, Role = "user" }],
            Locale = record.Locale,
            ChannelData = record.Invite is null ? null : JsonSerializer.SerializeToElement(new { invite = record.Invite }),
        };
    }

    /// <summary>
    /// Makes what a client posted into a channel activity. The sender is the token's user whatever
    /// the body says; channelData (Web Chat's clientActivityID) and unknown fields are kept.
    /// Id and timestamp are given when it is stored. The channel id is the conversation's, fixed
    /// when it started ("webchat" for the chat page), never the body's: the turn pipeline keys the
    /// dialog state by channel, so a client switching it would restart the dialog.
    /// </summary>
    public static void StampInbound(Activity activity, ConversationRecord conversation, ChannelAccount bot, Uri serviceUrl)
    {
        activity.ChannelId = conversation.ChannelId;
        activity.Conversation = new ConversationAccount { Id = conversation.ConversationId };
        activity.Recipient = bot;
        activity.ServiceUrl = serviceUrl.ToString();
        // Only id and name: anything else a client claims about itself (aadObjectId, role) is not ours to trust.
        activity.From = new ChannelAccount { Id = activity.From?.Id, Name = activity.From?.Name, Role = "user" };
        activity.Properties?.Remove("callerId"); // never taken from the wire (A2251)
        activity.Id = null;
        activity.Timestamp = null;
    }

    /// <summary>What a Direct Line client may send; conversationUpdate and the like are the channel's to make.</summary>
    public static bool IsClientType(string? type) =>
        type is ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing;

    /// <summary>Fills what the processor left out and pins the reply to this conversation.</summary>
    public static void AddressReply(Activity reply, Activity inbound, ChannelAccount bot)
    {
        reply.Conversation ??= new ConversationAccount();
        reply.Conversation.Id = inbound.Conversation!.Id;
        reply.ChannelId = inbound.ChannelId;
        reply.From ??= bot;
        reply.From.Id ??= bot.Id;
        reply.From.Role ??= "bot";
        reply.Recipient ??= inbound.From;
        reply.Id = null; // the channel sets ids (A2031)
    }

    /// <summary>Shown while the bot works on a turn, so the user sees it was heard.</summary>
    public static Activity BotTyping(Activity inbound, ChannelAccount bot, DateTimeOffset now) => new()
    {
        Type = ActivityTypes.Typing,
        Id = EphemeralId(inbound.Conversation!.Id!),
        Timestamp = now,
        ChannelId = inbound.ChannelId,
        From = bot,
        Recipient = inbound.From,
        Conversation = new ConversationAccount { Id = inbound.Conversation.Id },
    };

    /// <summary>An id for what is streamed but never stored; it has no sequence, so it is no watermark.</summary>
    public static string EphemeralId(string conversationId) => $"{conversationId}|t{Guid.NewGuid():N}";
}
