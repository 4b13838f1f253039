using GesprekBot.Language;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>The answers to the crisis choice, Dutch and English, as whole messages (after normalising).</summary>
internal static class CrisisWords
{
    private static readonly string[] Call =
    [
        "ik bel nu", "ik ga bellen", "ik bel", "bellen", "bel", "nu bellen", "ik ga nu bellen",
        "call", "call now", "i will call", "ill call", "i ll call", "i will call now", "ill call now", "i ll call now", "calling",
    ];

    private static readonly string[] GoOn =
    [
        "verder", "ik wil verder", "ga verder", "ga maar verder", "doorgaan", "we gaan verder", "verder gaan", "verdergaan",
        "go on", "continue", "carry on", "i want to go on", "lets go on", "let s go on",
    ];

    /// <summary>"Ik bel nu 1813" (the button) and "ik bel nu" alike.</summary>
    public static bool IsCall(string? text) => Matches(text, Call, stripNumber: true);

    public static bool IsGoOn(string? text) => Matches(text, GoOn, stripNumber: false);

    private static bool Matches(string? text, string[] words, bool stripNumber)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var normalized = TextNormalizer.Normalize(text);
        if (stripNumber)
        {
            normalized = string.Join(' ', normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.All(char.IsDigit)));
        }

        return words.Contains(normalized, StringComparer.Ordinal);
    }
}
