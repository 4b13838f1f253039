namespace GesprekBot.Dialogs.Intake;

/// <summary>Settings of the intake the host may change.</summary>
public sealed record IntakeOptions
{
    /// <summary>How long drafts and resume codes are kept; resume codes expire with it.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(30);
}
