using System.Numerics;

namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a number (int, decimal, …), optionally within <see cref="Min"/>..<see cref="Max"/>.</summary>
/// <typeparam name="T">The number type.</typeparam>
/// <param name="id">The dialog id.</param>
/// <param name="validator">Extra checks, or null.</param>
/// <param name="recognizer">Replaces the default recognizer (digits, "," or "." as decimal mark), or null.</param>
public sealed class NumberPrompt<T>(string id, PromptValidator<T>? validator = null, Recognizer<T>? recognizer = null)
    : Prompt<T>(id, validator)
    where T : struct, INumber<T>
{
    private readonly Recognizer<T> recognizer = recognizer ?? DefaultRecognizers.Number<T>;

    /// <summary>The smallest accepted number, or null.</summary>
    public T? Min { get; init; }

    /// <summary>The largest accepted number, or null.</summary>
    public T? Max { get; init; }

    /// <summary>Numbers out of range count as not understood, so the retry prompt follows.</summary>
    protected override Recognition<T> Recognize(string text, PromptOptions options, DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var recognition = recognizer(text, dc.Culture);
        return recognition.Succeeded
            && (Min is not { } min || recognition.Value >= min)
            && (Max is not { } max || recognition.Value <= max)
                ? recognition
                : Recognition.Failed<T>();
    }
}
