using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>Checks a recognised answer; may send its own message, which then replaces the retry prompt.</summary>
/// <returns>True to accept the answer.</returns>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);

/// <summary>What a validator gets.</summary>
/// <typeparam name="T">The recognised value's type.</typeparam>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(DialogContext context, T value, string text, int attemptCount, PromptOptions options)
    {
        Context = context;
        Value = value;
        Text = text;
        AttemptCount = attemptCount;
        Options = options;
    }

    /// <summary>The turn's dialog context.</summary>
    public DialogContext Context { get; }

    /// <summary>The recognised value.</summary>
    public T Value { get; }

    /// <summary>What the user typed.</summary>
    public string Text { get; }

    /// <summary>Which answer this is: 1 for the first.</summary>
    public int AttemptCount { get; }

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>Sends a message explaining what is wrong (instead of the retry prompt).</summary>
    public Task SendAsync(string text, CancellationToken cancellationToken = default) =>
        Context.SendAsync(Reply.Say(text), cancellationToken);
}
