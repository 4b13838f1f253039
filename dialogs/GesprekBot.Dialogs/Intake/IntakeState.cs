namespace GesprekBot.Dialogs.Intake;

/// <summary>
/// The intake waterfall's typed state: only what steers the flow. The answers themselves live in
/// the <see cref="IntakeRecord"/> (conversation values), so "terug" never loses one.
/// </summary>
public sealed record IntakeState
{
    /// <summary>When the client agreed that answers may be stored; null until then (and then nothing is kept).</summary>
    public DateTimeOffset? ConsentAt { get; init; }

    /// <summary>How the client wants to be called; null when skipped.</summary>
    public string? PreferredName { get; init; }

    /// <summary>How the name question is asked again (after a question, an unsure name or a no); null the first time.</summary>
    public NameAsk? NameAsk { get; init; }

    /// <summary>The question asked by the previous step, whose answer the next step records.</summary>
    public OpenQuestion? Pending { get; init; }

    /// <summary>The scaling answer 0–10, for the follow-up questions; null when not given.</summary>
    public int? Score { get; init; }
}
