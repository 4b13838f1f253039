namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>Reads a Retry-After header (seconds or an HTTP date) as a delay, capped.</summary>
internal static class RetryAfter
{
    public static TimeSpan? Delay(HttpResponseMessage? response, DateTimeOffset now, TimeSpan cap)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        if (delay is null)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > cap ? cap : delay;
    }
}
