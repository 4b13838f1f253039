namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>Asks for free text; by default any non-blank answer, trimmed.</summary>
/// <param name="id">The dialog id.</param>
/// <param name="validator">Extra checks, or null.</param>
/// <param name="recognizer">Replaces the default recognizer, or null.</param>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null, Recognizer<string>? recognizer = null)
    : Prompt<string>(id, validator)
{
    private readonly Recognizer<string> recognizer = recognizer ?? DefaultRecognizers.Text;

    /// <inheritdoc />
    protected override Recognition<string> Recognize(string text, PromptOptions options, DialogContext dc) =>
        recognizer(text, dc.Culture);
}
