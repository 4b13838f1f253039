namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>Settings of the built-in Direct Line 3.0 endpoint, bound from the "DirectLine" section.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The server-side secret for /tokens/generate; also the root of the token signing key. When
    /// unset a random one is made at start, so tokens then die with the process.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Origins other than the bot's own that may call the API from a browser.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>How long a token is valid; Direct Line uses 30 minutes (expires_in 1800).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Largest activity accepted, in bytes of JSON.</summary>
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// How many activities a conversation keeps for replay; older ones are dropped. An intake is a
    /// few hundred turns at most, so 500 keeps whole conversations while bounding the document.
    /// </summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>New tokens from the chat page and new conversations, per client address and minute.</summary>
    public int NewConversationsPerMinute { get; set; } = 30;

    /// <summary>
    /// Activities (and uploads) one conversation may post per minute; more get 429 with Retry-After.
    /// A person types far fewer; a script posting into one conversation is stopped.
    /// </summary>
    public int PostsPerConversationPerMinute { get; set; } = 60;

    /// <summary>Live streams (WebSockets) one conversation may have open on this instance; one more is closed at once.</summary>
    public int MaxStreamsPerConversation { get; set; } = 4;

    /// <summary>The bot's account in Direct Line conversations (recipient of the user's activities).</summary>
    public string BotId { get; set; } = "gesprekbot";

    public string BotName { get; set; } = "GesprekBot";

    /// <summary>Interval of the empty keep-alive frames on the stream.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
