using System.Globalization;
using System.Text.RegularExpressions;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network;

/// <summary>
/// Applies a correction the client types at the summary, in plain words: "Tom is mijn neef",
/// "verwijder de buurvrouw", "de buurvrouw moet eraf", "mama staat dichterbij", "zet Tom in
/// cirkel 1", "voeg mijn tante toe", "Tom en mama kennen elkaar". Pure: the map passed in is never changed.
/// </summary>
public static class MapCorrections
{
    /// <summary>Tries to read <paramref name="text"/> as a correction of <paramref name="map"/>.</summary>
    /// <param name="map">The map as the client sees it in the summary.</param>
    /// <param name="text">What the client typed.</param>
    /// <param name="culture">The language of <paramref name="explanation"/>.</param>
    /// <param name="corrected">The corrected map; the same map when nothing had to change.</param>
    /// <param name="explanation">A short sentence saying what changed, for the client.</param>
    /// <returns>False when the text is no correction understood here (or names nobody on the map).</returns>
    public static bool TryApply(NetworkMap map, string text, CultureInfo culture, out NetworkMap corrected, out string? explanation)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(culture);
        corrected = map;
        explanation = null;
        var sentence = Clean(text);
        if (sentence.Length == 0)
        {
            return false;
        }

        var texts = new NetworkTextCatalog(culture);
        MapEdit? result =
            Match(CorrectionPatterns.DoNotKnow, sentence, m => MapEdits.Tie(map, m, know: false, texts))
            ?? Match(CorrectionPatterns.Know, sentence, m => MapEdits.Tie(map, m, know: true, texts))
            ?? Match(CorrectionPatterns.Remove, sentence, m => MapEdits.Remove(map, m, texts))
            ?? Match(CorrectionPatterns.RingNumber, sentence, m => MapEdits.MoveTo(map, m, NumberRecognizer.Recognize(m.Groups["ring"].Value), texts))
            ?? Match(CorrectionPatterns.RingRelative, sentence, m => MapEdits.MoveBy(map, m, texts))
            ?? Match(CorrectionPatterns.RingWords, sentence, m => MapEdits.MoveTo(map, m, MapEdits.RingOf(m.Groups["ring"].Value, texts), texts))
            ?? Match(CorrectionPatterns.Role, sentence, m => MapEdits.ChangeRole(map, m, texts))
            ?? Match(CorrectionPatterns.Add, sentence, m => MapEdits.Add(map, m, texts));
        if (result is not { } applied)
        {
            return false;
        }

        (corrected, explanation) = (applied.Map, applied.Explanation);
        return true;
    }

    private static MapEdit? Match(IEnumerable<Regex> patterns, string sentence, Func<Match, MapEdit?> apply)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Match(sentence) is { Success: true } match && apply(match) is { } result)
            {
                return result;
            }
        }

        return null;
    }

    private static string Clean(string? text) =>
        string.Join(' ', (text ?? string.Empty).Trim().TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
