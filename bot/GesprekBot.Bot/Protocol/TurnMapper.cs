using System.Text.Json;
using GesprekBot.Bot.Protocol.Cards;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Protocol;

/// <summary>
/// Turns an inbound activity into the engine's <see cref="Turn"/>, or null when the activity is
/// not something the dialogs answer (typing, reactions, the bot itself being added, unknown types).
/// </summary>
public static class TurnMapper
{
    public static Turn? ToTurn(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.Message => FromMessage(activity),
            ActivityTypes.ConversationUpdate => FromConversationUpdate(activity),
            ActivityTypes.InstallationUpdate => FromInstallationUpdate(activity),
            _ => null,
        };
    }

    private static Turn? FromMessage(Activity activity)
    {
        var userId = activity.From?.Id;
        if (string.IsNullOrEmpty(userId))
        {
            return null;
        }

        var value = Present(activity.Value);
        var text = MentionText.RemoveRecipientMention(activity)?.Trim();
        // A card button of ours (Teams: Action.Submit arrives with the data as value and no text):
        // its answer is what the client said, and it names the question it belongs to.
        var submit = CardSubmit.Read(value);
        if (string.IsNullOrEmpty(text))
        {
            // An Adaptive Card Action.Submit with string data can arrive as value only (Teams):
            // treat it as the button's text, which is what the button means.
            text = submit?.Answer ?? (value is { ValueKind: JsonValueKind.String } s ? s.GetString() : null);
        }

        return new Turn(
            TurnKind.Message,
            string.IsNullOrEmpty(text) ? null : text.Trim(),
            value,
            activity.Locale,
            userId,
            ChannelCapabilityMap.For(activity.ChannelId))
        {
            AnswersQuestionId = submit?.QuestionId,
        };
    }

    private static Turn? FromConversationUpdate(Activity activity)
    {
        if (IsTeamChannel(activity))
        {
            // Someone joining a team is no client starting an intake: the channel hears nothing.
            return null;
        }

        var botId = activity.Recipient?.Id;
        // Channels announce the bot joining too; only a human joining starts a conversation.
        var user = activity.MembersAdded?.FirstOrDefault(m => !string.IsNullOrEmpty(m.Id) && m.Id != botId);
        return user is null ? null : Start(activity, user.Id!);
    }

    private static Turn? FromInstallationUpdate(Activity activity)
    {
        var userId = activity.From?.Id;
        return string.Equals(activity.Action, "add", StringComparison.Ordinal) && !string.IsNullOrEmpty(userId) && !IsTeamChannel(activity)
            ? Start(activity, userId)
            : null;
    }

    /// <summary>A Teams channel conversation (the bot in a team; its install is handled by Notices).</summary>
    private static bool IsTeamChannel(Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "channel", StringComparison.Ordinal);

    private static Turn Start(Activity activity, string userId) =>
        new(TurnKind.ConversationStart, null, null, activity.Locale, userId, ChannelCapabilityMap.For(activity.ChannelId));

    private static JsonElement? Present(JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } ? value : null;
}
