using Dapper;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Intakes;

/// <summary>
/// Intake records as rows of <c>intakes</c>, the same SQL on SQLite and PostgreSQL. A save is one
/// statement on one row (the UPDATE of every later turn); only the first save of an intake asks
/// <see cref="IIntakePlacement"/> for its organisation and inserts. The name's search pieces follow
/// (<see cref="IntakeQueryNames"/>), rewritten only when the name changed. No lock and no shared document:
/// clients saving at the same moment touch different rows.
/// </summary>
internal sealed class SqlIntakeRepository(StorageDatabase database, IDocumentProtector protector, IIntakePlacement placement) : IIntakeRepository
{
    private readonly IntakeQueryNames names = new(database, protector);

    public async Task SaveAsync(IntakeRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Id);
        var changes = IntakeRows.Parameters(record, null, protector);
        var nameHashes = await names.HashesAsync(record.PreferredName, cancellationToken);
        var updated = await database.WriteAsync(
            async (connection, ct) =>
            {
                var rows = await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE intakes SET {IntakeRows.Changes} WHERE id = @id;", changes, cancellationToken: ct));
                if (rows > 0)
                {
                    // In the same write, so a turn still waits for one commit: usually a no-op (the name did not change).
                    await IntakeQueryNames.WriteOnAsync(connection, record.Id, nameHashes, ct);
                }

                return rows;
            },
            cancellationToken);
        if (updated > 0)
        {
            return;
        }

        // First save: place it, then insert. Two first saves at once (a re-run turn) meet in ON CONFLICT.
        var organisation = await placement.OrganisationOfNewAsync(record, cancellationToken);
        var row = IntakeRows.Parameters(record, organisation, protector);
        await database.WriteAsync(
            async (connection, ct) =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    $"""
                    INSERT INTO intakes (id, organisation, organisation_key, {IntakeRows.Columns})
                    VALUES (@id, @organisation, @organisationKey, {IntakeRows.Values})
                    ON CONFLICT (id) DO UPDATE SET {IntakeRows.Changes};
                    """,
                    row,
                    cancellationToken: ct));
                return await IntakeQueryNames.WriteOnAsync(connection, record.Id, nameHashes, ct);
            },
            cancellationToken);
    }

    public async Task<IntakeRecord?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await using var connection = await database.OpenAsync(cancellationToken);
        var ciphertext = await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
            "SELECT record FROM intakes WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
        return ciphertext is null ? null : IntakeRows.Read(id, ciphertext, protector);
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await using var connection = await database.OpenAsync(cancellationToken);

        // review_status and review_notes go with it (ON DELETE CASCADE).
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM intakes WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> StaleIdsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM intakes WHERE status IN (@draft, @discarded) AND updated_at < @cutoff ORDER BY updated_at, id;",
            new { draft = nameof(IntakeStatus.Draft), discarded = nameof(IntakeStatus.Discarded), cutoff = StorageTime.ToColumn(cutoff) },
            cancellationToken: cancellationToken));
        return [.. ids];
    }

    public async Task<int> PurgeUnsubmittedAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM intakes WHERE status IN (@draft, @discarded) AND updated_at < @cutoff;",
            new { draft = nameof(IntakeStatus.Draft), discarded = nameof(IntakeStatus.Discarded), cutoff = StorageTime.ToColumn(cutoff) },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> IdsAfterAsync(string? afterId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            afterId is null
                ? "SELECT id FROM intakes ORDER BY id LIMIT @limit;"
                : "SELECT id FROM intakes WHERE id > @afterId ORDER BY id LIMIT @limit;",
            new { afterId, limit },
            cancellationToken: cancellationToken));
        return [.. ids];
    }
}
