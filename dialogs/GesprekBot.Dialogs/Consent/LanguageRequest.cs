using System.Globalization;
using GesprekBot.Dialogs.Engine;

namespace GesprekBot.Dialogs.Consent;

/// <summary>
/// Finds a client's wish to be spoken to in the other language: they name it ("English please",
/// "in het Nederlands", "I don't understand Dutch"), or they write a sentence that is clearly in
/// it. A single word is not a sentence: a Dutch client may well type "yes" or "ok".
/// </summary>
internal static class LanguageRequest
{
    private static readonly HashSet<string> EnglishNames = ["english", "engels", "engelse", "anglais", "ingles"];
    private static readonly HashSet<string> DutchNames = ["nederlands", "nederlandse", "dutch", "vlaams", "flemish", "hollands"];
    private static readonly HashSet<string> Negations = ["geen", "niet", "nie", "no", "not", "dont", "cant", "cannot"];

    // Words that occur in one of the two languages only, so that a mix of both says nothing.
    private static readonly HashSet<string> EnglishOnly =
    [
        "the", "i", "you", "your", "my", "are", "do", "does", "dont", "can", "cant", "what", "who", "where", "why", "how",
        "this", "it", "please", "speak", "understand", "hello", "want", "would", "like", "not", "am", "data", "read",
        "reads", "keep", "store", "stored", "answers", "delete", "long", "yes", "to", "with", "about", "im",
        "need", "know", "sure", "talk", "person", "human", "see", "happens", "will", "be", "have", "has", "a",
    ];

    private static readonly HashSet<string> DutchOnly =
    [
        "ik", "je", "jij", "jou", "de", "het", "een", "niet", "wat", "wie", "waar", "waarom", "hoe", "dit", "dat", "mijn",
        "mag", "kan", "wil", "leest", "lezen", "bewaren", "gegevens", "en", "van", "met", "er", "ben", "bent", "heb", "hebt",
        "nee", "ja", "goed", "wacht", "even", "twijfel", "weet", "misschien", "zijn", "voor", "maar", "ook", "nog", "dan",
        "hoor", "graag", "alles", "wel", "gebeurt", "moet", "antwoorden", "wordt", "ziet", "zien", "mens", "snap", "begrijp",
    ];

    /// <summary>The culture the client asks for, or null when they ask for none or for the one in use.</summary>
    public static CultureInfo? Find(string? text, CultureInfo current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var words = ConsentReading.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var wanted = Named(words) ?? Written(words);
        return wanted is null || wanted.TwoLetterISOLanguageName == current.TwoLetterISOLanguageName ? null : wanted;
    }

    /// <summary>True when the message is about the language, also the one in use ("in het Nederlands graag").</summary>
    public static bool NamesALanguage(string? text) =>
        Named(ConsentReading.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)) is not null;

    /// <summary>"English please" is English; "I don't understand Dutch" and "geen Engels" ask for the other one.</summary>
    private static CultureInfo? Named(string[] words)
    {
        var english = words.Any(EnglishNames.Contains);
        var dutch = words.Any(DutchNames.Contains);
        if (english == dutch)
        {
            return null;
        }

        var negated = words.Any(Negations.Contains);
        return english != negated ? DialogCulture.English : DialogCulture.Default;
    }

    private static CultureInfo? Written(string[] words)
    {
        var english = words.Count(EnglishOnly.Contains);
        var dutch = words.Count(DutchOnly.Contains);
        return english >= 2 && dutch == 0 ? DialogCulture.English
            : dutch >= 2 && english == 0 ? DialogCulture.Default
            : null;
    }
}
