using System.Globalization;

namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>Turns user text into a value; the app injects its Dutch recognizers through this.</summary>
/// <param name="text">What the user typed (never null; empty when they sent no text).</param>
/// <param name="culture">The turn's culture.</param>
public delegate Recognition<T> Recognizer<T>(string text, CultureInfo culture);

/// <summary>Finds which of <paramref name="choices"/> the user meant.</summary>
/// <param name="text">What the user typed.</param>
/// <param name="choices">The offered choices.</param>
/// <param name="culture">The turn's culture.</param>
public delegate Recognition<FoundChoice> ChoiceRecognizer(string text, IReadOnlyList<Choice> choices, CultureInfo culture);
