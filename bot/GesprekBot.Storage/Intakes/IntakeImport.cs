using Dapper;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;
using GesprekBot.Storage.Review;

namespace GesprekBot.Storage.Intakes;

/// <summary>
/// Writes an intake that an earlier version kept as documents, with its review status and notes, in
/// one transaction. Idempotent (ON CONFLICT DO NOTHING, notes with ids derived from their place), so
/// an upgrade interrupted halfway, or run by two instances at once, ends with the same rows.
/// </summary>
public sealed class IntakeImport(StorageDatabase database, IDocumentProtector protector, ReviewRecords review)
{
    public async Task ImportAsync(
        IntakeRecord record, string? organisation, string? reviewStatus, IReadOnlyList<StoredReviewNote> notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(notes);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO intakes (id, organisation, organisation_key, {IntakeRows.Columns})
            VALUES (@id, @organisation, @organisationKey, {IntakeRows.Values})
            ON CONFLICT (id) DO NOTHING;
            """,
            IntakeRows.Parameters(record, organisation, protector),
            transaction,
            cancellationToken: cancellationToken));
        if (reviewStatus is not null)
        {
            var at = StorageTime.ToColumn(notes.Count > 0 ? notes[^1].At : record.UpdatedAt);
            await ReviewRecords.SetStatusAsync(connection, transaction, record.Id, reviewStatus, at, overwrite: false, cancellationToken);
        }

        for (var i = 0; i < notes.Count; i++)
        {
            await review.AddNoteAsync(connection, transaction, record.Id, $"legacy-{i}-{record.Id}", notes[i], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
