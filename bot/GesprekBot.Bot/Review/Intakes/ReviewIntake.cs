using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>An intake as the review shows it: the client's record plus the caseworkers' status and notes.</summary>
public sealed record ReviewIntake(IntakeRecord Record, ReviewMeta Meta, string Organisation)
{
    public string Id => Record.Id;
}
