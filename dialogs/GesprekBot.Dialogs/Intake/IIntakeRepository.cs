namespace GesprekBot.Dialogs.Intake;

/// <summary>
/// Where intake records are kept for the caseworker review. The host implements it; the dialogs
/// only put the current record in conversation values (<see cref="IntakeSession"/>), and the host
/// saves it after each successful turn, so a draft is never more than one turn behind. The review's
/// paged, filtered list is the storage's own query; this port only knows records by id.
/// </summary>
public interface IIntakeRepository
{
    /// <summary>Inserts or replaces the record with this id (idempotent: a re-run turn writes the same thing).</summary>
    Task SaveAsync(IntakeRecord record, CancellationToken cancellationToken = default);

    Task<IntakeRecord?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes a record with everything the review added to it; a missing id is not an error.</summary>
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The ids <see cref="PurgeUnsubmittedAsync"/> would remove now, so their other copies can be erased first.</summary>
    Task<IReadOnlyList<string>> StaleIdsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>Removes drafts and discarded records not changed since <paramref name="cutoff"/> (retention), in one go.</summary>
    /// <returns>How many were removed.</returns>
    Task<int> PurgeUnsubmittedAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> ids after <paramref name="afterId"/> (null: from the start), in a stable order, to walk every record in pages.</summary>
    Task<IReadOnlyList<string>> IdsAfterAsync(string? afterId, int limit, CancellationToken cancellationToken = default);
}
