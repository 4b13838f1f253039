namespace GesprekBot.Bot.Protocol;

/// <summary>Removes the bot's own @mention from message text (Teams puts <c>&lt;at&gt;Bot&lt;/at&gt;</c> in it).</summary>
public static class MentionText
{
    public static string? RemoveRecipientMention(Activity activity)
    {
        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(botId) || activity.Entities is null)
        {
            return text;
        }

        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.Ordinal) || entity.Properties is null)
            {
                continue;
            }

            // Only the bot's own mention goes: other mentions are part of what the user said.
            if (MentionedId(entity) == botId && MentionedText(entity) is { Length: > 0 } mention)
            {
                text = text.Replace(mention, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }

    private static string? MentionedId(Entity entity) =>
        entity.Properties!.TryGetValue("mentioned", out var mentioned)
        && mentioned.ValueKind == System.Text.Json.JsonValueKind.Object
        && mentioned.TryGetProperty("id", out var id)
        && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;

    private static string? MentionedText(Entity entity) =>
        entity.Properties!.TryGetValue("text", out var text) && text.ValueKind == System.Text.Json.JsonValueKind.String
            ? text.GetString()
            : null;
}
