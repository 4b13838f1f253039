namespace GesprekBot.Bot.Review.Intakes;

/// <summary>What came of assigning an intake to a caseworker.</summary>
public enum AssignOutcome
{
    Assigned,

    /// <summary>The caseworker is not of the intake's organisation (or does not exist): nothing changed.</summary>
    Refused,

    /// <summary>The intake is not one the caseworker may see, or no organisation owns it yet.</summary>
    NotFound,
}
