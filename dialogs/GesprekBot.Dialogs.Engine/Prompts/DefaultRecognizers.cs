using System.Globalization;
using System.Numerics;

namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>
/// The engine's plain recognizers; the app replaces them with its Dutch ones where it needs more
/// (number words, "een beetje", …).
/// </summary>
public static class DefaultRecognizers
{
    private static readonly char[] TrailingPunctuation = ['.', '!', '?', ','];
    private static readonly string[] YesWords = ["ja", "j", "jawel", "jazeker", "yes", "y", "yep", "ok", "oké", "okay"];
    private static readonly string[] NoWords = ["nee", "neen", "n", "no", "nope"];
    private static readonly string[] ListSeparators = [",", ";", " en ", " and ", " & "];

    /// <summary>Any non-blank text, trimmed.</summary>
    public static Recognition<string> Text(string text, CultureInfo culture) =>
        string.IsNullOrWhiteSpace(text) ? Recognition.Failed<string>() : Recognition.Success(text.Trim());

    /// <summary>
    /// Digits with an optional sign and one decimal mark; "," and "." both count as the decimal
    /// mark, because Flemish users type "7,5" and phones often offer only ".".
    /// </summary>
    public static Recognition<T> Number<T>(string text, CultureInfo culture)
        where T : struct, INumber<T>
    {
        var normalised = (text ?? string.Empty).Trim().TrimEnd(TrailingPunctuation).Replace(',', '.');
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
            | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        return T.TryParse(normalised, Styles, CultureInfo.InvariantCulture, out var value)
            ? Recognition.Success(value)
            : Recognition.Failed<T>();
    }

    /// <summary>"ja", "nee", "yes", "no" and a few variants, case-insensitive, ignoring end punctuation.</summary>
    public static Recognition<bool> YesNo(string text, CultureInfo culture)
    {
        var word = Clean(text);
        return YesWords.Contains(word, StringComparer.OrdinalIgnoreCase) ? Recognition.Success(true)
            : NoWords.Contains(word, StringComparer.OrdinalIgnoreCase) ? Recognition.Success(false)
            : Recognition.Failed<bool>();
    }

    /// <summary>A choice's exact text or synonym (case-insensitive), or its 1-based number.</summary>
    public static Recognition<FoundChoice> Choice(string text, IReadOnlyList<Choice> choices, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var answer = Clean(text);
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (string.Equals(choice.Value.Trim(), answer, StringComparison.OrdinalIgnoreCase)
                || (choice.Synonyms ?? []).Any(s => string.Equals(s.Trim(), answer, StringComparison.OrdinalIgnoreCase)))
            {
                return Recognition.Success(new FoundChoice(choice.Value, i));
            }
        }

        return int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count
            ? Recognition.Success(new FoundChoice(choices[number - 1].Value, number - 1))
            : Recognition.Failed<FoundChoice>();
    }

    /// <summary>
    /// Several choices in one answer, split on ",", ";", "en", "and", "&amp;"; every part must match.
    /// A whole answer that is itself one choice ("vrienden en kennissen") wins over splitting.
    /// </summary>
    public static Recognition<IReadOnlyList<FoundChoice>> MultiChoice(
        string text, IReadOnlyList<Choice> choices, CultureInfo culture, ChoiceRecognizer? recognizeOne = null)
    {
        recognizeOne ??= Choice;
        if (recognizeOne(text, choices, culture) is { Succeeded: true, Value: { } whole })
        {
            return Recognition.Success<IReadOnlyList<FoundChoice>>([whole]);
        }

        var parts = (text ?? string.Empty).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var found = new List<FoundChoice>();
        foreach (var part in parts)
        {
            if (recognizeOne(part, choices, culture) is not { Succeeded: true, Value: { } one })
            {
                return Recognition.Failed<IReadOnlyList<FoundChoice>>();
            }

            if (!found.Any(f => f.Index == one.Index))
            {
                found.Add(one);
            }
        }

        return found.Count > 0 ? Recognition.Success<IReadOnlyList<FoundChoice>>(found) : Recognition.Failed<IReadOnlyList<FoundChoice>>();
    }

    private static string Clean(string? text) => (text ?? string.Empty).Trim().TrimEnd(TrailingPunctuation).Trim();
}
