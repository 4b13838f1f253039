namespace GesprekBot.Dialogs.Engine.Testing;

public sealed partial class TranscriptTest
{
    /// <summary>
    /// Adds a conversation written as a table, one line per message, so dialog tests read like the
    /// conversation they check:
    /// <code>
    /// user: hoi
    /// bot: Hoe heet je?
    /// user: Tom
    /// bot~: Tom          (the reply contains "Tom")
    /// buttons: Ja | Nee  (the last reply's buttons)
    /// bot*               (any reply)
    /// start              (the user opens the conversation)
    /// </code>
    /// Blank lines and lines starting with "#" are ignored.
    /// </summary>
    /// <exception cref="FormatException">A line has none of these forms.</exception>
    public TranscriptTest Script(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        foreach (var (raw, number) in script.Split('\n').Select((line, i) => (line.Trim(), i + 1)))
        {
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            _ = raw switch
            {
                "start" => StartConversation(),
                "bot*" => BotSaysAnything(),
                _ when Prefixed(raw, "user:") is { } text => UserSays(text),
                _ when Prefixed(raw, "bot:") is { } text => BotSays(text),
                _ when Prefixed(raw, "bot~:") is { } text => BotSaysContaining(text),
                _ when Prefixed(raw, "buttons:") is { } text => BotOffers(text.Split('|', StringSplitOptions.TrimEntries)),
                _ => throw new FormatException($"Transcript line {number} is not 'user:', 'bot:', 'bot~:', 'buttons:', 'bot*' or 'start': {raw}"),
            };
        }

        return this;
    }

    private static string? Prefixed(string line, string prefix) =>
        line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..].Trim() : null;
}
