using System.Data.Common;
using System.Text.Json;
using Dapper;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Review;

/// <summary>
/// What caseworkers add to an intake: one <c>review_status</c> row and a <c>review_notes</c> row per
/// note (a note is an insert, never a rewrite of the others). Both belong to the intake's row and go
/// with it (ON DELETE CASCADE). Writes for an intake that no longer exists change nothing.
/// </summary>
public sealed class ReviewRecords(StorageDatabase database, IDocumentProtector protector, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>False when the intake does not exist (any more).</returns>
    public async Task<bool> SetStatusAsync(string intakeId, string status, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SetStatusAsync(connection, null, intakeId, status, StorageTime.ToColumn(time.GetUtcNow()), overwrite: true, cancellationToken) == 1;
    }

    /// <summary>Assigns the intake to a caseworker id, or clears it with null; a first row gets <paramref name="initialStatus"/>.</summary>
    /// <returns>False when the intake does not exist (any more).</returns>
    public async Task<bool> SetAssigneeAsync(string intakeId, string? assignee, string initialStatus, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(initialStatus);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO review_status (intake_id, status, assignee, updated_at)
            SELECT id, @initialStatus, @assignee, @at FROM intakes WHERE id = @intakeId
            ON CONFLICT (intake_id) DO UPDATE SET assignee = excluded.assignee, updated_at = excluded.updated_at;
            """,
            new { intakeId, assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee, initialStatus, at = StorageTime.ToColumn(time.GetUtcNow()) },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <returns>False when the intake does not exist (any more).</returns>
    public async Task<bool> AddNoteAsync(string intakeId, StoredReviewNote note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        ArgumentNullException.ThrowIfNull(note);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await AddNoteAsync(connection, null, intakeId, Guid.NewGuid().ToString("N"), note, cancellationToken) == 1;
    }

    /// <summary>The intake's notes, oldest first.</summary>
    public async Task<IReadOnlyList<StoredReviewNote>> NotesAsync(string intakeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, long At, string AuthorId, byte[] Payload)>(new CommandDefinition(
            "SELECT id, at, author_id, payload FROM review_notes WHERE intake_id = @intakeId ORDER BY at, id;",
            new { intakeId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r =>
        {
            var secret = JsonSerializer.Deserialize<NoteSecret>(protector.Unprotect(Purpose(r.Id), r.Payload), Json)!;
            return new StoredReviewNote(StorageTime.FromColumn(r.At), r.AuthorId, secret.AuthorName, secret.Text);
        })];
    }

    /// <summary>Binds a note's ciphertext to its row.</summary>
    public static string Purpose(string noteId) => $"review_notes/{noteId}";

    internal static Task<int> SetStatusAsync(DbConnection connection, DbTransaction? transaction, string intakeId, string status, long at, bool overwrite, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO review_status (intake_id, status, updated_at)
            SELECT id, @status, @at FROM intakes WHERE id = @intakeId
            ON CONFLICT (intake_id) DO {(overwrite ? "UPDATE SET status = excluded.status, updated_at = excluded.updated_at" : "NOTHING")};
            """,
            new { intakeId, status, at },
            transaction,
            cancellationToken: cancellationToken));

    internal Task<int> AddNoteAsync(DbConnection connection, DbTransaction? transaction, string intakeId, string noteId, StoredReviewNote note, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO review_notes (id, intake_id, at, author_id, payload)
            SELECT @noteId, id, @at, @authorId, @payload FROM intakes WHERE id = @intakeId
            ON CONFLICT (id) DO NOTHING;
            """,
            new
            {
                noteId,
                intakeId,
                at = StorageTime.ToColumn(note.At),
                authorId = note.AuthorId,
                payload = protector.Protect(Purpose(noteId), JsonSerializer.Serialize(new NoteSecret(note.AuthorName, note.Text), Json)),
            },
            transaction,
            cancellationToken: cancellationToken));

    private sealed record NoteSecret(string AuthorName, string Text);
}
