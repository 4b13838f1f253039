namespace GesprekBot.Dialogs.Tests.Support;

/// <summary>A clock that says what the test tells it to.</summary>
internal sealed class FakeTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
