namespace GesprekBot.Language;

/// <summary>One choice offered to the client: its text and other words that mean the same.</summary>
/// <param name="Text">The text shown, e.g. "Emotionele steun".</param>
/// <param name="Synonyms">Other ways to say it, e.g. "troost", "een luisterend oor".</param>
public sealed record ChoiceOption(string Text, IReadOnlyList<string> Synonyms)
{
    /// <summary>A choice without synonyms.</summary>
    public ChoiceOption(string text)
        : this(text, [])
    {
    }
}

/// <summary>The choice the client picked: its zero-based index in the list and a score in [0, 1].</summary>
public sealed record ChoiceMatch(int Index, double Score);
