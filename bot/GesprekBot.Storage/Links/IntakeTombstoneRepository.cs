using Dapper;
using GesprekBot.Storage.Accounts;
using GesprekBot.Storage.Database;

namespace GesprekBot.Storage.Links;

/// <summary>
/// The <c>intake_tombstones</c> table: the random ids of intakes erased within the retention period
/// and when. Nothing about the person, so nothing is encrypted. Read by every turn that holds a
/// record (a keyed lookup); purged with one delete.
/// </summary>
public sealed class IntakeTombstoneRepository(StorageDatabase database)
{
    public async Task<bool> ContainsAsync(string intakeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM intake_tombstones WHERE intake_id = @intakeId;", new { intakeId }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Adds the tombstone; an id already there keeps its first time.</summary>
    public async Task AddAsync(string intakeId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO intake_tombstones (intake_id, erased_at) VALUES (@intakeId, @at) ON CONFLICT (intake_id) DO NOTHING;",
            new { intakeId, at = StorageTime.ToColumn(at) }, cancellationToken: cancellationToken));
    }

    /// <summary>Forgets tombstones older than <paramref name="cutoff"/>, in one statement.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM intake_tombstones WHERE erased_at < @cutoff;", new { cutoff = StorageTime.ToColumn(cutoff) }, cancellationToken: cancellationToken));
    }

    /// <summary>Moves legacy tombstones in (see <see cref="LegacyImport"/>).</summary>
    public async Task ImportLegacyAsync(string documentKey, IReadOnlyList<(string IntakeId, DateTimeOffset At)> tombstones, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tombstones);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LegacyImport.ClaimAsync(connection, transaction, documentKey, cancellationToken))
        {
            foreach (var (intakeId, at) in tombstones)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO intake_tombstones (intake_id, erased_at) VALUES (@intakeId, @at) ON CONFLICT (intake_id) DO NOTHING;",
                    new { intakeId, at = StorageTime.ToColumn(at) }, transaction, cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
