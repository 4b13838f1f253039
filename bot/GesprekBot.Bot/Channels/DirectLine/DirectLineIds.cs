using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Conversation and user ids. Conversation ids are random (128 bits) so they cannot be guessed;
/// they also name store keys, so only ids of our own shape are ever looked up.
/// </summary>
internal static partial class DirectLineIds
{
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Direct Line user ids start with "dl_".</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public static bool IsConversationId(string? candidate) => candidate is not null && ConversationIdFormat().IsMatch(candidate);

    public static bool IsUserId(string? candidate) => candidate is not null && UserIdFormat().IsMatch(candidate);

    /// <summary>A BCP 47-like tag, or null: the locale only steers the bot's language.</summary>
    public static string? NormalizeLocale(string? candidate) =>
        candidate is not null && LocaleFormat().IsMatch(candidate) ? candidate : null;

    [GeneratedRegex("^[0-9a-f]{32}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ConversationIdFormat();

    [GeneratedRegex("^dl_[A-Za-z0-9_-]{1,64}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex UserIdFormat();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex LocaleFormat();
}
