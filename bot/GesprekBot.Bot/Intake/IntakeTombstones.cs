using GesprekBot.Storage.Links;

namespace GesprekBot.Bot.Intake;

/// <summary>An intake that was erased, and when: only its random id, nothing about the person.</summary>
public sealed record ErasedIntake(string Id, DateTimeOffset At);

/// <summary>
/// The ids of intakes erased within the retention period, a row each in <c>intake_tombstones</c>
/// (see <see cref="IntakeTombstoneRepository"/>): read by every turn that holds a record, so a miss
/// costs one keyed read and no decryption. The purge forgets ids older than the retention period in
/// one delete. A turn that was running while a caseworker deleted its intake, or a conversation the
/// deletion could not reach (linked before links existed), finds its record's id here and does not
/// save it again.
/// </summary>
public sealed class IntakeTombstones(IntakeTombstoneRepository repository)
{
    public Task<bool> ContainsAsync(string intakeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        return repository.ContainsAsync(intakeId, cancellationToken);
    }

    /// <summary>Adds the tombstone; an intake erased twice keeps the time of the first.</summary>
    public Task AddAsync(string intakeId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        return repository.AddAsync(intakeId, at, cancellationToken);
    }

    public Task PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => repository.PurgeAsync(cutoff, cancellationToken);
}
