namespace GesprekBot.Bot.Tests.Review;

/// <summary>A clock the test moves by hand (lockout expiry without waiting 15 minutes).</summary>
internal sealed class FakeTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
