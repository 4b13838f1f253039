using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons; by default
/// the choice's text, a synonym or its 1-based number, case-insensitive.
/// </summary>
/// <param name="id">The dialog id.</param>
/// <param name="validator">Extra checks, or null.</param>
/// <param name="recognizer">Replaces the default recognizer, or null.</param>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null, ChoiceRecognizer? recognizer = null)
    : Prompt<FoundChoice>(id, validator)
{
    private readonly ChoiceRecognizer recognizer = recognizer ?? DefaultRecognizers.Choice;

    /// <inheritdoc />
    protected override Recognition<FoundChoice> Recognize(string text, PromptOptions options, DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dc);
        return recognizer(text, options.Choices ?? [], dc.Culture);
    }

    /// <inheritdoc />
    protected override Reply Decorate(Reply reply, PromptOptions options, DialogContext dc) =>
        ChoiceButtons.Add(base.Decorate(reply, options, dc), options, Id);
}

/// <summary>Puts a prompt's choices on its question as buttons.</summary>
internal static class ChoiceButtons
{
    public static Reply Add(Reply asked, PromptOptions options, string promptId)
    {
        if (options.Choices is not { Count: > 0 } choices)
        {
            throw new InvalidOperationException($"Choice prompt '{promptId}' was begun without choices.");
        }

        return asked.Choices.Count > 0 ? asked : asked with { Choices = [.. choices.Select(c => new ReplyChoice(c.Value))] };
    }
}
