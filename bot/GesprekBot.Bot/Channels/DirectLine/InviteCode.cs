using System.Text.RegularExpressions;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// The code of an invitation a caseworker gives a client (/?invite=CODE). Only its format is
/// checked here; what it means is up to the bot and the review app.
/// </summary>
public static partial class InviteCode
{
    /// <summary>The code when its format is valid, else null: a bad code is ignored, never echoed.</summary>
    public static string? Normalize(string? candidate) =>
        candidate is not null && Format().IsMatch(candidate) ? candidate : null;

    [GeneratedRegex("^[A-Za-z0-9-]{4,40}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
