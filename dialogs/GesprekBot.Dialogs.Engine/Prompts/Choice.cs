namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>An option of a choice prompt.</summary>
/// <param name="Value">The option's text, shown on its button and returned when chosen.</param>
/// <param name="Synonyms">Other words that choose it ("fam" for "Familie").</param>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null);

/// <summary>The option the user chose.</summary>
/// <param name="Value">The option's <see cref="Choice.Value"/>.</param>
/// <param name="Index">Its zero-based position in the offered choices.</param>
public sealed record FoundChoice(string Value, int Index);
