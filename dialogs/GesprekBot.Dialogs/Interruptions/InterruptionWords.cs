using GesprekBot.Language;

namespace GesprekBot.Dialogs.Interruptions;

/// <summary>
/// The words that work at every question. A message must be only the word (after trimming case,
/// accents and punctuation), so an answer that merely contains "stop" or "terug" stays an answer.
/// </summary>
internal static class InterruptionWords
{
    public static readonly string[] Help = ["help", "hulp", "helpen", "ik snap het niet", "wat moet ik doen"];
    public static readonly string[] Back = ["terug", "vorige", "ga terug", "back", "go back", "previous"];
    public static readonly string[] Skip = ["overslaan", "sla over", "verder", "volgende", "skip", "next"];
    public static readonly string[] Pause = ["pauze", "pauzeren", "stop", "stoppen", "even stoppen", "pause"];
    public static readonly string[] Restart = ["opnieuw", "opnieuw beginnen", "herbegin", "herbeginnen", "restart", "start over"];

    public static bool Is(string? text, string[] words)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var normalized = TextNormalizer.Normalize(text);
        return words.Contains(normalized, StringComparer.Ordinal) || (words == Help && text.Trim() == "?");
    }
}
