using Dapper;
using GesprekBot.Storage.Database;

namespace GesprekBot.Storage.Notices;

/// <summary>
/// The <c>notice_outbox</c> table. Queuing is an insert that ignores an existing (intake, kind), so a
/// retried turn queues nothing twice; the organisation is copied from the intake's row in the same
/// statement (an intake without a row queues nothing). Delivery claims nothing: one sender per
/// instance walks the due rows, and a row is only ever moved forward (queued → sent/failed/unlinked).
/// </summary>
public sealed class NoticeOutboxRepository(StorageDatabase database)
{
    private const string Columns =
        "intake_id AS IntakeId, kind AS Kind, organisation AS Organisation, occurred_at AS OccurredAt, state AS State, attempts AS Attempts, next_attempt_at AS NextAttemptAt, last_status AS LastStatus";

    /// <returns>True when a row was queued now, false when it was queued before (or the intake has no row).</returns>
    public async Task<bool> EnqueueAsync(string intakeId, NoticeKind kind, DateTimeOffset occurredAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var inserted = await database.WriteAsync(
            (connection, ct) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO notice_outbox (intake_id, kind, organisation, occurred_at, queued_at, state, attempts, next_attempt_at, last_status)
                SELECT id, @kind, organisation, @occurredAt, @now, 0, 0, @now, NULL FROM intakes WHERE id = @intakeId
                ON CONFLICT (intake_id, kind) DO NOTHING;
                """,
                new { intakeId, kind = (int)kind, occurredAt = StorageTime.ToColumn(occurredAt), now = StorageTime.ToColumn(now) },
                cancellationToken: ct)),
            cancellationToken);
        return inserted == 1;
    }

    /// <summary>Queued rows whose next attempt is due, oldest first.</summary>
    public async Task<IReadOnlyList<StoredNotice>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM notice_outbox WHERE state = 0 AND next_attempt_at <= @now ORDER BY next_attempt_at, queued_at, intake_id, kind LIMIT @limit;",
            new { now = StorageTime.ToColumn(now), limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToStored())];
    }

    public async Task<StoredNotice?> FindAsync(string intakeId, NoticeKind kind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM notice_outbox WHERE intake_id = @intakeId AND kind = @kind;",
            new { intakeId, kind = (int)kind },
            cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    /// <summary>Ends a queued row (sent, failed for good, or nothing to send to).</summary>
    public Task CompleteAsync(string intakeId, NoticeKind kind, NoticeState state, int attempts, int? lastStatus, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, ct) => connection.ExecuteAsync(new CommandDefinition(
                "UPDATE notice_outbox SET state = @state, attempts = @attempts, last_status = @lastStatus WHERE intake_id = @intakeId AND kind = @kind AND state = 0;",
                new { intakeId, kind = (int)kind, state = (int)state, attempts, lastStatus },
                cancellationToken: ct)),
            cancellationToken);

    /// <summary>Leaves the row queued for a later attempt.</summary>
    public Task RetryLaterAsync(string intakeId, NoticeKind kind, int attempts, DateTimeOffset nextAttemptAt, int? lastStatus, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, ct) => connection.ExecuteAsync(new CommandDefinition(
                "UPDATE notice_outbox SET attempts = @attempts, next_attempt_at = @next, last_status = @lastStatus WHERE intake_id = @intakeId AND kind = @kind AND state = 0;",
                new { intakeId, kind = (int)kind, attempts, next = StorageTime.ToColumn(nextAttemptAt), lastStatus },
                cancellationToken: ct)),
            cancellationToken);

    private sealed class Row
    {
        public string IntakeId { get; set; } = string.Empty;

        public int Kind { get; set; }

        public string? Organisation { get; set; }

        public long OccurredAt { get; set; }

        public int State { get; set; }

        public int Attempts { get; set; }

        public long NextAttemptAt { get; set; }

        public int? LastStatus { get; set; }

        public StoredNotice ToStored() => new(
            IntakeId, (NoticeKind)Kind, Organisation, StorageTime.FromColumn(OccurredAt), (NoticeState)State, Attempts, StorageTime.FromColumn(NextAttemptAt), LastStatus);
    }
}
