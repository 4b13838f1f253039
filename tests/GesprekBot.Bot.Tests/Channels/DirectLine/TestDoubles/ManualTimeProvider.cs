namespace GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

/// <summary>A clock the test moves by hand, to expire tokens without waiting half an hour.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
