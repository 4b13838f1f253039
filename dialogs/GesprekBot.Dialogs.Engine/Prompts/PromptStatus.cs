namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>How a prompt ended.</summary>
public enum PromptStatus
{
    /// <summary>The answer was recognised and valid; <see cref="PromptResult{T}.Value"/> holds it.</summary>
    Recognized,

    /// <summary>The user skipped the question ("overslaan").</summary>
    Skipped,

    /// <summary>The user gave no usable answer within the allowed attempts; the raw text is kept.</summary>
    TooManyAttempts,
}
