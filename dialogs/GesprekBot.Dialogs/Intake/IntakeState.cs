namespace GesprekBot.Dialogs.Intake;

/// <summary>The intake's typed state while the conversation runs.</summary>
public sealed record IntakeState
{
    /// <summary>When the client agreed that answers may be stored; null until then (and then nothing is kept).</summary>
    public DateTimeOffset? ConsentAt { get; init; }

    /// <summary>How the client wants to be called; null when skipped.</summary>
    public string? PreferredName { get; init; }
}
