using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks the user to pick one or more of <see cref="PromptOptions.Choices"/> in one answer
/// ("familie, vrienden en buren" or "1, 3"); each part is matched with the choice recognizer.
/// </summary>
/// <param name="id">The dialog id.</param>
/// <param name="validator">Extra checks, or null.</param>
/// <param name="recognizer">Replaces the recognizer for one part, or null.</param>
public sealed class MultiChoicePrompt(
    string id,
    PromptValidator<IReadOnlyList<FoundChoice>>? validator = null,
    ChoiceRecognizer? recognizer = null)
    : Prompt<IReadOnlyList<FoundChoice>>(id, validator)
{
    private readonly ChoiceRecognizer recognizer = recognizer ?? DefaultRecognizers.Choice;

    /// <inheritdoc />
    protected override Recognition<IReadOnlyList<FoundChoice>> Recognize(string text, PromptOptions options, DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dc);
        return DefaultRecognizers.MultiChoice(text, options.Choices ?? [], dc.Culture, recognizer);
    }

    /// <inheritdoc />
    protected override Reply Decorate(Reply reply, PromptOptions options, DialogContext dc) =>
        ChoiceButtons.Add(base.Decorate(reply, options, dc), options, Id);
}
