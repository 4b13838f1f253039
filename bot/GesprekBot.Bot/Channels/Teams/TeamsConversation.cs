using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Channels.Teams;

/// <summary>Where in Teams a conversation takes place.</summary>
public enum TeamsConversationType
{
    /// <summary>A one-to-one chat of a user with the bot (the app installed for the user).</summary>
    Personal,

    /// <summary>A chat of several people the bot was added to; it hears only messages that @mention it.</summary>
    GroupChat,

    /// <summary>A channel of a team; each post is a thread, and the bot hears only messages that @mention it.</summary>
    Channel,
}

/// <summary>
/// A Teams activity's conversation: its type, and in a channel the thread. Teams names a thread by
/// the channel's id with <c>;messageid={id of the thread's first post}</c>; replying to that
/// conversation id (with <c>replyToId</c>) keeps the answer in the thread, while the bare channel id
/// would start a new post. See <see cref="ReplyAddressing"/>.
/// </summary>
public sealed record TeamsConversation(TeamsConversationType Type, string ConversationId, string? ThreadId)
{
    private const string MessageIdMarker = ";messageid=";

    public static TeamsConversation? Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId != ChannelIds.MsTeams || activity.Conversation?.Id is not { Length: > 0 } id)
        {
            return null;
        }

        var type = activity.Conversation.ConversationType switch
        {
            "personal" => TeamsConversationType.Personal,
            "groupChat" => TeamsConversationType.GroupChat,
            "channel" => TeamsConversationType.Channel,
            // Older payloads lack the type: a channel has channel data, a group is a group, the rest is personal.
            _ when TeamsChannelData.Read(activity).Channel is not null => TeamsConversationType.Channel,
            _ when activity.Conversation.IsGroup == true => TeamsConversationType.GroupChat,
            _ => TeamsConversationType.Personal,
        };
        var marker = id.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        var thread = marker < 0 ? null : id[(marker + MessageIdMarker.Length)..];
        return new TeamsConversation(type, id, string.IsNullOrEmpty(thread) ? null : thread);
    }
}
