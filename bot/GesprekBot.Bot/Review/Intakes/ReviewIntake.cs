using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>An intake as the review shows it: the client's record plus the caseworkers' status and notes.</summary>
public sealed record ReviewIntake(IntakeRecord Record, ReviewMeta Meta, string Organisation)
{
    public string Id => Record.Id;

    /// <summary>The crisis signals once per kind, with the client's words.</summary>
    public IReadOnlyList<ReviewCrisis> Crises => ReviewCrises.Of(Record);

    /// <summary>The record as the answers list shows it: without the crisis messages of older records (shown with the crises).</summary>
    public IntakeRecord AnswersRecord => ReviewCrises.WithoutCrisisAnswers(Record);

    /// <summary>RADIO for this map, safety first for members named in a violence or abuse message.</summary>
    public IReadOnlyList<RadioSuggestion> Radio =>
        Record.Network is { } map ? RadioAdvisor.Suggest(map, ReviewCrises.WithQuotes(Record)) : [];
}
