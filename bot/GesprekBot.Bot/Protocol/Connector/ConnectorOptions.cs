namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>Resilience of outbound calls to channels, bound from <c>Bot:Connector</c>.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Bot:Connector";

    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Upper bound for a channel's Retry-After: the channel waits for our HTTP answer while we
    /// retry (about 15 s), so a long Retry-After cannot be honoured in full anyway.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>All attempts and waits of one call together; the channel is left waiting no longer.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
