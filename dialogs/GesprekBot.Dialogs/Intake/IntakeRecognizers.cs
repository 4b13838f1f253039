using System.Globalization;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Network;

namespace GesprekBot.Dialogs.Intake;

/// <summary>The language parts the intake needs, injected so tests and the host share one wiring (<see cref="DutchRecognizers"/>).</summary>
/// <param name="YesNo">Yes/no answers.</param>
/// <param name="Number">Numbers, also in words ("een dikke vijf").</param>
/// <param name="CorrectMap">Applies a summary correction in plain words to the network map; false when it is not one.</param>
public sealed record IntakeRecognizers(Recognizer<bool> YesNo, Recognizer<int> Number, MapCorrector CorrectMap);

/// <summary>Applies a correction such as "Tom is mijn neef" to <paramref name="map"/>, with a sentence saying what changed.</summary>
public delegate bool MapCorrector(NetworkMap map, string text, CultureInfo culture, out NetworkMap corrected, out string? explanation);
