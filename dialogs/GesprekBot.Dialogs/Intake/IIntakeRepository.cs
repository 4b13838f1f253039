namespace GesprekBot.Dialogs.Intake;

/// <summary>
/// Where intake records are kept for the caseworker review. The host implements it; the dialogs
/// only put the current record in conversation values (<see cref="IntakeSession"/>), and the host
/// saves it after each successful turn, so a draft is never more than one turn behind.
/// </summary>
public interface IIntakeRepository
{
    /// <summary>Inserts or replaces the record with this id (idempotent: a re-run turn writes the same thing).</summary>
    Task SaveAsync(IntakeRecord record, CancellationToken cancellationToken = default);

    Task<IntakeRecord?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every stored record's id, newest first, for the review list.</summary>
    Task<IReadOnlyList<IntakeSummaryEntry>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes a record (the client asked to delete their data); a missing id is not an error.</summary>
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes drafts and discarded records not changed since <paramref name="cutoff"/> (retention).</summary>
    /// <returns>How many were removed.</returns>
    Task<int> PurgeUnsubmittedAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}

/// <summary>One line of the review list, without the answers.</summary>
public sealed record IntakeSummaryEntry(string Id, string? Code, IntakeStatus Status, bool IsUrgent, DateTimeOffset UpdatedAt);
