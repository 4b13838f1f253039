namespace GesprekBot.Dialogs.Intake;

/// <summary>What kind of danger a message signalled.</summary>
public enum CrisisCategory
{
    Suicide,
    SelfHarm,
    Violence,
    Abuse,
}

/// <summary>A crisis signal in the conversation, so the caseworker sees the intake as urgent.</summary>
/// <param name="At">When the client wrote it.</param>
/// <param name="Category">The kind of danger.</param>
/// <param name="TriggerWords">The words that triggered it, as matched.</param>
/// <param name="QuestionKey">The question that was open, or null.</param>
public sealed record UrgentFlag(DateTimeOffset At, CrisisCategory Category, IReadOnlyList<string> TriggerWords, string? QuestionKey)
{
    /// <summary>The client's message as they wrote it (cut at the answer length); null in records written before it was kept here.</summary>
    public string? Quote { get; init; }

    /// <summary>True when the message was also stored as the answer to <see cref="QuestionKey"/> (or its people reached the map).</summary>
    public bool IsAnswer { get; init; }
}
