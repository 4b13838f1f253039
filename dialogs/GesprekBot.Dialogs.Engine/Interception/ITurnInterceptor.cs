namespace GesprekBot.Dialogs.Engine.Interception;

/// <summary>
/// Looks at every message before the active dialog does, for words that apply anywhere in the
/// conversation: help, back, skip, pause, cancel, crisis words. Interceptors run in the order given
/// to the engine; the first that handles the message ends the turn.
/// </summary>
public interface ITurnInterceptor
{
    /// <summary>Handles the message or lets it through.</summary>
    /// <param name="dc">The turn; the stack may be empty (a first message can hold crisis words too).</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken);
}
