using GesprekBot.Dialogs.Intake;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Interruptions;

/// <summary>
/// Recognises "hervat ABCD-EFGH", "code ABCD EFGH", "resume …", and, where the host allows it (at
/// the welcome, before consent), the bare code. The host calls this before the turn, because only
/// it can reach the paused conversation.
/// </summary>
public static class ResumeCommand
{
    private static readonly string[] Verbs = ["hervat", "hervatten", "resume", "code"];

    // "code" alone is too common a word to call every "code …" answer a failed resume.
    private static readonly string[] CommandVerbs = ["hervat", "hervatten", "resume"];

    /// <summary>Conversation value the host sets to a <see cref="ResumeOutcome"/> after trying a code.</summary>
    public const string OutcomeKey = "intake.resumeOutcome";

    /// <summary>Conversation value holding the <see cref="IssuedResumeCode"/> of a pause.</summary>
    public const string IssuedKey = "intake.resumeCode";

    public static bool TryParse(string? text, bool allowBareCode, out string code)
    {
        code = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return false;
        }

        var normalized = TextNormalizer.Normalize(text);
        foreach (var verb in Verbs)
        {
            if (normalized.StartsWith(verb + " ", StringComparison.Ordinal)
                && IntakeCodes.Normalize(normalized[(verb.Length + 1)..]) is { } found)
            {
                code = found;
                return true;
            }
        }

        if (allowBareCode && IntakeCodes.Normalize(text.Trim()) is { } bare)
        {
            code = bare;
            return true;
        }

        return false;
    }

    /// <summary>True for a "hervat …" message, even with a code that cannot be valid.</summary>
    public static bool IsCommand(string? text) =>
        TextNormalizer.Normalize(text) is var n && CommandVerbs.Any(v => n.StartsWith(v + " ", StringComparison.Ordinal));
}
