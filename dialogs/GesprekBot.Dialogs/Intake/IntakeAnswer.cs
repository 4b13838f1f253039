using GesprekBot.Dialogs.Network;

namespace GesprekBot.Dialogs.Intake;

/// <summary>One answer of the client, kept in their own words.</summary>
/// <param name="QuestionKey">Which question, e.g. "miracle.different" (stable: the review groups by it).</param>
/// <param name="Technique">The technique the question belongs to (seed 004).</param>
/// <param name="Text">What the client typed.</param>
/// <param name="Value">The recognised value (a scale number), or null.</param>
/// <param name="AnsweredBy">Who answered; always the client in the intake.</param>
/// <param name="At">When.</param>
public sealed record IntakeAnswer(
    string QuestionKey,
    Technique Technique,
    string Text,
    string? Value,
    AnsweredBy AnsweredBy,
    DateTimeOffset At);

/// <summary>The questioning techniques of seed 004 plus the intake's own questions.</summary>
public enum Technique
{
    Intake,
    QuestionBehindQuestion,
    MiracleQuestion,
    Scaling,
    FutureOriented,
    Activating,
    Network,
    Summary,
}
