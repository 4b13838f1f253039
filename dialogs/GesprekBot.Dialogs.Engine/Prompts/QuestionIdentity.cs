using System.Globalization;
using System.Text.Json;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>
/// Who is asking: a prompt's frame keeps the number its question got when the prompt began, and
/// "{dialog id}:{number}" names that question for as long as the prompt waits (retries and reprompts
/// keep it; the next question, or the same prompt begun again, gets a new one).
/// </summary>
internal static class QuestionIdentity
{
    /// <summary>The name of the question number in a prompt's frame state.</summary>
    public const string StateProperty = "question";

    /// <summary>The identity of the question a prompt frame waits on; null for other frames and for prompts begun by an older build.</summary>
    public static string? Of(DialogFrame? frame, Dialog? dialog)
    {
        if (frame is null || dialog is not IPrompt
            || frame.State.ValueKind != JsonValueKind.Object
            || !frame.State.TryGetProperty(StateProperty, out var number)
            || !number.TryGetInt64(out var value) || value <= 0)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{frame.DialogId}:{value}");
    }
}
