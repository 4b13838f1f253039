namespace GesprekBot.Dialogs.Engine.Testing;

/// <summary>A clock for tests that only moves when told to.</summary>
/// <param name="start">The time it starts at.</param>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    /// <summary>A clock at 2026-01-01 09:00 UTC.</summary>
    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>The current time; set it to jump.</summary>
    public DateTimeOffset Now { get; set; } = start;

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by) => Now += by;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now;
}
