using GesprekBot.Dialogs.Network;

namespace GesprekBot.Dialogs.Intake;

/// <summary>Where an intake stands for the caseworker.</summary>
public enum IntakeStatus
{
    /// <summary>Being filled in; saved every turn so nothing is lost when the window closes.</summary>
    Draft,

    /// <summary>The client finished and got an intake code.</summary>
    Submitted,

    /// <summary>The client started over ("opnieuw"); kept only until the retention purge.</summary>
    Discarded,
}

/// <summary>
/// What is stored of one client intake, and what the caseworker review reads. Only created after
/// consent: a conversation without consent never has a record, so nothing reaches the repository.
/// </summary>
public sealed record IntakeRecord
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string Id { get; init; }

    /// <summary>The short code the client gives the caseworker; set on submission.</summary>
    public string? Code { get; init; }

    public IntakeStatus Status { get; init; } = IntakeStatus.Draft;

    public required DateTimeOffset ConsentAt { get; init; }

    public required string Locale { get; init; }

    public string? PreferredName { get; init; }

    /// <summary>The invite code the conversation was opened with, when the host passed one.</summary>
    public string? InviteCode { get; init; }

    public IReadOnlyList<IntakeAnswer> Answers { get; init; } = [];

    public IReadOnlyList<UrgentFlag> Urgent { get; init; } = [];

    public NetworkMap? Network { get; init; }

    public IReadOnlyList<RadioSuggestion> RadioSuggestions { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public bool IsUrgent => Urgent.Count > 0;

    public IntakeAnswer? Answer(string questionKey) => Answers.FirstOrDefault(a => a.QuestionKey == questionKey);

    /// <summary>Adds or replaces the answer to its question: going back and answering again changes it.</summary>
    public IntakeRecord WithAnswer(IntakeAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var index = Answers.ToList().FindIndex(a => a.QuestionKey == answer.QuestionKey);
        var answers = Answers.ToList();
        if (index >= 0)
        {
            answers[index] = answer;
        }
        else
        {
            answers.Add(answer);
        }

        return this with { Answers = answers, UpdatedAt = answer.At };
    }
}
