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
}
