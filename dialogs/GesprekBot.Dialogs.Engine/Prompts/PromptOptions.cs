using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>
/// What a prompt asks. Stored as JSON in the prompt's frame between turns, which is why it holds
/// data only: validators and recognizers are given to the prompt's constructor instead.
/// </summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public required Reply Prompt { get; init; }

    /// <summary>Asked after an answer that was not understood or not valid; null repeats <see cref="Prompt"/>.</summary>
    public Reply? RetryPrompt { get; init; }

    /// <summary>How many answers the user may give before the prompt ends with <see cref="PromptStatus.TooManyAttempts"/>; 0 or less means no limit.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The options of a choice prompt.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>Options for a plain question.</summary>
    public static PromptOptions Ask(string question, string? retry = null) => new()
    {
        Prompt = Reply.Ask(question),
        RetryPrompt = retry is null ? null : Reply.Ask(retry),
    };

    /// <summary>Options for a question with choices (shown as buttons).</summary>
    public static PromptOptions Choose(string question, params IEnumerable<string> choices) => new()
    {
        Prompt = Reply.Ask(question),
        Choices = [.. choices.Select(c => new Choice(c))],
    };
}
