namespace GesprekBot.Dialogs.Intake;

/// <summary>The parts of the intake the client sees as "Stap N van 8" (the welcome is not counted).</summary>
public enum IntakeStage
{
    Name = 1,
    Question = 2,
    Miracle = 3,
    Scaling = 4,
    Future = 5,
    Network = 6,
    Summary = 7,
    Submit = 8,
}

internal static class IntakeStages
{
    public const int Count = 8;
}
