using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Turns;

/// <summary>The store key of a conversation's state, as Bot Builder names it.</summary>
public static class ConversationKey
{
    public static string For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channel = string.IsNullOrEmpty(activity.ChannelId) ? "unknown" : activity.ChannelId;
        var conversation = activity.Conversation?.Id
            ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        return $"{channel}/conversations/{conversation}";
    }
}
