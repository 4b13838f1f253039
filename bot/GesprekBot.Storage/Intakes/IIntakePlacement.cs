using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Storage.Intakes;

/// <summary>
/// Where a new intake lands (the review decides: its invite's organisation, else a fallback). Asked
/// once, when the intake's row is first written; the organisation is stored and never derived again.
/// </summary>
public interface IIntakePlacement
{
    /// <returns>The owning organisation, or null: the intake waits in the admins' unassigned queue.</returns>
    Task<string?> OrganisationOfNewAsync(IntakeRecord record, CancellationToken cancellationToken);
}

/// <summary>Without a review (storage alone, tools): every intake starts unassigned.</summary>
internal sealed class UnassignedPlacement : IIntakePlacement
{
    public Task<string?> OrganisationOfNewAsync(IntakeRecord record, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
