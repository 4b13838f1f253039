using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GesprekBot.Bot.Protocol;

/// <summary>
/// Removes the bot's own @mention from message text (Teams puts <c>&lt;at&gt;Bot&lt;/at&gt;</c> in it).
/// Which mention is the bot's comes from the mention entities (<c>mentioned.id</c> = the recipient),
/// never from the text: a user who types the bot's name keeps it. The entity's <c>text</c> then
/// finds the mention in the message: as it is (any case), or else as an <c>&lt;at&gt;</c> span whose
/// name reads the same once HTML entities are decoded (Teams writes "R&amp;D" in one and "R&amp;amp;D"
/// in the other, and does not keep the case of the name).
/// </summary>
public static partial class MentionText
{
    public static string? RemoveRecipientMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(botId) || activity.Entities is null)
        {
            return text;
        }

        var original = text;
        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.Ordinal) || entity.Properties is null)
            {
                continue;
            }

            // Only the bot's own mention goes: other mentions are part of what the user said.
            if (string.Equals(MentionedId(entity), botId, StringComparison.OrdinalIgnoreCase) && MentionedText(entity) is { Length: > 0 } mention)
            {
                text = Remove(text, mention);
            }
        }

        return ReferenceEquals(text, original) ? text : TrimSpaces(text);
    }

    private static string Remove(string text, string mention)
    {
        if (text.Contains(mention, StringComparison.OrdinalIgnoreCase))
        {
            return text.Replace(mention, " ", StringComparison.OrdinalIgnoreCase);
        }

        var name = Name(mention);
        return AtSpan().Replace(text, span => string.Equals(Name(span.Groups["name"].Value), name, StringComparison.OrdinalIgnoreCase) ? " " : span.Value);
    }

    /// <summary>The mentioned name as a reader sees it: tags removed, entities decoded (twice: Teams double-encodes), spaces collapsed.</summary>
    private static string Name(string mention)
    {
        var inner = AtSpan().Match(mention) is { Success: true } span ? span.Groups["name"].Value : mention;
        var decoded = WebUtility.HtmlDecode(WebUtility.HtmlDecode(inner));
        return string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // "&nbsp;" is how Teams often writes the space after a mention.
    private static string TrimSpaces(string text) => LeadingOrTrailingSpace().Replace(text, string.Empty);

    [GeneratedRegex(@"<at(?:\s[^>]*)?>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex AtSpan();

    [GeneratedRegex(@"^(?:\s|&nbsp;|&#160;)+|(?:\s|&nbsp;|&#160;)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex LeadingOrTrailingSpace();

    private static string? MentionedId(Entity entity) =>
        entity.Properties!.TryGetValue("mentioned", out var mentioned)
        && mentioned.ValueKind == JsonValueKind.Object
        && mentioned.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static string? MentionedText(Entity entity) =>
        entity.Properties!.TryGetValue("text", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;
}
