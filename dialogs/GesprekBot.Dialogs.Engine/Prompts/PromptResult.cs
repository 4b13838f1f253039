namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt returns to the dialog that asked.</summary>
/// <typeparam name="T">The recognised value's type.</typeparam>
/// <param name="Status">Recognised, skipped, or too many attempts.</param>
/// <param name="Value">The recognised value; default unless <paramref name="Status"/> is Recognized.</param>
/// <param name="Text">What the user typed last, so nothing they said is lost.</param>
public sealed record PromptResult<T>(PromptStatus Status, T? Value, string? Text)
{
    /// <summary>True when <see cref="Value"/> holds a recognised, valid answer.</summary>
    public bool IsRecognized => Status == PromptStatus.Recognized;
}
