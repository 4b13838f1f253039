namespace GesprekBot.Dialogs.Engine.Interception;

/// <summary>An interceptor made from a delegate, for small ones and tests.</summary>
/// <param name="intercept">The interceptor's logic.</param>
public sealed class TurnInterceptor(Func<DialogContext, CancellationToken, Task<InterceptResult>> intercept) : ITurnInterceptor
{
    /// <inheritdoc />
    public Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        intercept(dc, cancellationToken);

    /// <summary>
    /// Handles messages that are exactly one of <paramref name="words"/> (case-insensitive, trimmed).
    /// </summary>
    public static TurnInterceptor ForWords(
        IReadOnlyCollection<string> words,
        Func<DialogContext, CancellationToken, Task<InterceptResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(handle);
        return new TurnInterceptor((dc, ct) =>
            dc.Turn.Text?.Trim() is { } text && words.Contains(text, StringComparer.OrdinalIgnoreCase)
                ? handle(dc, ct)
                : Task.FromResult(InterceptResult.NotHandled));
    }
}
