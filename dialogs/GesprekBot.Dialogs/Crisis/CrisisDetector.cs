using GesprekBot.Dialogs.Intake;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>A danger signal found in a message.</summary>
/// <param name="Categories">Every category found, most urgent (suicide) first.</param>
/// <param name="TriggerWords">The phrases that matched, as in the lexicon.</param>
public sealed record CrisisSignal(IReadOnlyList<CrisisCategory> Categories, IReadOnlyList<string> TriggerWords)
{
    /// <summary>The words may be a signal but may also be harmless: ask gently instead of raising the alarm.</summary>
    public bool Unsure { get; init; }

    /// <summary>A method, a plan or danger right now was named: the answer starts with 112.</summary>
    public bool ImmediateDanger { get; init; }
}

/// <summary>Finds crisis phrases in free text (see <see cref="CrisisLexicon"/> for the rules).</summary>
public static class CrisisDetector
{
    private const int FuzzyFromLength = 7;

    /// <summary>The longest text scanned; danger words come early, and a 10 kB paste must stay cheap.</summary>
    private const int MaxScannedLength = 2000;

    public static CrisisSignal? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = " " + TextNormalizer.Normalize(text.Length <= MaxScannedLength ? text : text[..MaxScannedLength]) + " ";
        foreach (var figurative in CrisisLexicon.Figurative)
        {
            normalized = normalized.Replace(" " + figurative + " ", " ", StringComparison.Ordinal);
        }

        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = CrisisLexicon.Phrases.Where(p => Contains(normalized, words, p.Phrase)).ToList();
        return found.Count == 0
            ? null
            : new CrisisSignal([.. found.Select(f => f.Category).Distinct().Order()], [.. found.Select(f => f.Phrase).Distinct()]);
    }

    private static bool Contains(string normalized, string[] words, string phrase)
    {
        if (phrase.Contains('*', StringComparison.Ordinal))
        {
            return ContainsWithGap(words, phrase.Split(' '));
        }

        if (normalized.Contains(" " + phrase + " ", StringComparison.Ordinal))
        {
            return true;
        }

        return !phrase.Contains(' ', StringComparison.Ordinal)
            && phrase.Length >= FuzzyFromLength
            && words.Any(w => w.StartsWith(phrase, StringComparison.Ordinal)
                || (Math.Abs(w.Length - phrase.Length) <= 1 && EditDistance.Compute(w, phrase) <= 1));
    }

    /// <summary>"word * geslagen": the "*" stands for up to two words ("word thuis soms geslagen").</summary>
    private static bool ContainsWithGap(string[] words, string[] parts)
    {
        var first = parts[0];
        var last = parts[^1];
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] != first)
            {
                continue;
            }

            for (var gap = 0; gap <= 2 && i + 1 + gap < words.Length; gap++)
            {
                if (words[i + 1 + gap] == last)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
