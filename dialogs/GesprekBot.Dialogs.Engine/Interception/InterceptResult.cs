using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Interception;

/// <summary>What an interceptor did with a message.</summary>
/// <param name="IsHandled">True stops the turn here; the active dialog keeps waiting.</param>
/// <param name="Reprompt">After handling, ask the active dialog's question again.</param>
public sealed record InterceptResult(bool IsHandled, bool Reprompt)
{
    /// <summary>Not for this interceptor; the next one or the active dialog gets the message.</summary>
    public static InterceptResult NotHandled { get; } = new(false, false);

    /// <summary>Handled; the active dialog waits without repeating its question.</summary>
    public static InterceptResult Handled { get; } = new(true, false);

    /// <summary>Handled; the active dialog then asks its question again (e.g. after help).</summary>
    public static InterceptResult HandledAndReprompt { get; } = new(true, true);

    /// <summary>
    /// After the interceptor's replies the active dialog still reads a message as its answer
    /// (no later interceptor sees it): <see cref="PassOnText"/> or, when that is null, the turn's own message.
    /// </summary>
    public bool PassOn { get; init; }

    /// <summary>The text the active dialog reads instead of the turn's message: one the interceptor held back on an earlier turn.</summary>
    public string? PassOnText { get; init; }

    /// <summary>
    /// When set, the questions the dialog asks while reading the passed-on message are held back and this
    /// reply ends the turn instead; the dialog waits, and its question comes with the next reprompt.
    /// </summary>
    public Reply? AskFirst { get; init; }

    /// <summary>Handled; the active dialog then reads the message (or <paramref name="text"/>) as its answer.</summary>
    /// <param name="text">A message held back on an earlier turn; null passes on this turn's message.</param>
    /// <param name="askFirst">Asked instead of the dialog's next question, which then waits for a reprompt; null lets the dialog ask.</param>
    public static InterceptResult HandledAndPassOn(string? text = null, Reply? askFirst = null) =>
        new(true, false) { PassOn = true, PassOnText = text, AskFirst = askFirst };
}
