using System.Data.Common;
using System.Globalization;
using Dapper;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.DirectLine;

/// <summary>
/// Direct Line conversations and activities. Conversation ids are only ever parameters, so no id a
/// caller makes up ("…/log") can reach another row. Appending takes its sequences from the
/// conversation row in the same transaction as the inserts, so writers on several instances get
/// unique, gap-free sequences without reading the log.
/// </summary>
public sealed class DirectLineTables(StorageDatabase database, IDocumentProtector protector)
{
    /// <summary>The PostgreSQL channel that carries "{conversationId}:{lastSequence}" after each append.</summary>
    public const string NotifyChannel = "gesprekbot_directline";

    public async Task<DirectLineConversationRow?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ConversationColumns>(new CommandDefinition(
            """
            SELECT id AS Id, user_id AS UserId, details AS Details, channel AS Channel, created_at AS CreatedAt, next_sequence AS NextSequence
            FROM directline_conversations WHERE id = @conversationId;
            """,
            new { conversationId },
            cancellationToken: cancellationToken));
        return row is null
            ? null
            : new DirectLineConversationRow(row.Id, row.UserId, protector.Unprotect(DetailsPurpose(row.Id), row.Details), row.Channel, StorageTime.FromColumn(row.CreatedAt), row.NextSequence);
    }

    /// <summary>Stores a new conversation (its first sequence is 1); false when it exists already.</summary>
    public async Task<bool> TryCreateAsync(string conversationId, string userId, string details, string channel, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await InsertConversationAsync(connection, null, new(conversationId, userId, details, channel, createdAt, 1), cancellationToken) == 1;
    }

    /// <summary>
    /// Appends <paramref name="count"/> activities: takes the next sequences, lets <paramref name="build"/>
    /// stamp them (given the first sequence and the time of the last stored activity), inserts them,
    /// deletes what falls outside the newest <paramref name="keep"/>, and on PostgreSQL notifies the
    /// other instances, all in one transaction. Returns the last sequence.
    /// </summary>
    public async Task<long> AppendAsync(
        string conversationId, int count, Func<long, DateTimeOffset?, IReadOnlyList<NewActivity>> build, int keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var next = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "UPDATE directline_conversations SET next_sequence = next_sequence + @count WHERE id = @conversationId RETURNING next_sequence;",
            new { conversationId, count },
            transaction,
            cancellationToken: cancellationToken))
            ?? throw new InvalidOperationException("The Direct Line conversation does not exist.");
        var first = next - count;
        var lastAt = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT at FROM directline_activities WHERE conversation_id = @conversationId ORDER BY sequence DESC LIMIT 1;",
            new { conversationId },
            transaction,
            cancellationToken: cancellationToken));
        var activities = build(first, StorageTime.FromColumn(lastAt));
        if (activities.Count != count)
        {
            throw new InvalidOperationException("The builder returned a different number of activities.");
        }

        await InsertActivitiesAsync(connection, transaction, conversationId, activities.Select((a, i) => new StoredActivity(first + i, a.At, a.Json)), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM directline_activities WHERE conversation_id = @conversationId AND sequence <= @oldest;",
            new { conversationId, oldest = next - 1 - keep },
            transaction,
            cancellationToken: cancellationToken));
        if (database.IsPostgres)
        {
            // Delivered at commit, and only then: a listener never reads activities that are not there yet.
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_notify(@channel, @payload);",
                new { channel = NotifyChannel, payload = string.Create(CultureInfo.InvariantCulture, $"{conversationId}:{next - 1}") },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return next - 1;
    }

    /// <summary>The stored activities with a sequence above <paramref name="after"/>, oldest first.</summary>
    public async Task<ActivityPage> ReadAfterAsync(string conversationId, long after, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // One statement, so one snapshot: the last sequence and the rows agree even while another
        // instance appends.
        var rows = (await connection.QueryAsync<ActivityColumns>(new CommandDefinition(
            """
            SELECT c.next_sequence AS NextSequence, a.sequence AS Sequence, a.at AS At, a.activity AS Activity
            FROM directline_conversations c
            LEFT JOIN directline_activities a ON a.conversation_id = c.id AND a.sequence > @after
            WHERE c.id = @conversationId
            ORDER BY a.sequence;
            """,
            new { conversationId, after },
            cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return new ActivityPage([], 0);
        }

        var activities = rows.Where(r => r.Sequence is not null)
            .Select(r => new StoredActivity(r.Sequence!.Value, StorageTime.FromColumn(r.At!.Value), protector.Unprotect(ActivityPurpose(conversationId, r.Sequence.Value), r.Activity!)))
            .ToList();
        return new ActivityPage(activities, rows[0].NextSequence - 1);
    }

    /// <summary>Deletes every stored activity; the conversation and its sequence stay.</summary>
    public async Task ForgetActivitiesAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM directline_activities WHERE conversation_id = @conversationId;", new { conversationId }, cancellationToken: cancellationToken));
    }

    /// <summary>Deletes the conversation; its activities go with it (ON DELETE CASCADE).</summary>
    public async Task DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM directline_conversations WHERE id = @conversationId;", new { conversationId }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The legacy upgrade: a conversation with its activities and sequence as an older version stored
    /// them, in one transaction; what exists already is kept.
    /// </summary>
    public async Task ImportAsync(DirectLineConversationRow conversation, IReadOnlyList<StoredActivity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activities);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertConversationAsync(connection, transaction, conversation, cancellationToken);
        await InsertActivitiesAsync(connection, transaction, conversation.Id, activities, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private Task<int> InsertConversationAsync(DbConnection connection, DbTransaction? transaction, DirectLineConversationRow row, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO directline_conversations (id, user_id, details, channel, created_at, next_sequence)
            VALUES (@id, @userId, @details, @channel, @createdAt, @nextSequence)
            ON CONFLICT (id) DO NOTHING;
            """,
            new
            {
                id = row.Id,
                userId = row.UserId,
                details = protector.Protect(DetailsPurpose(row.Id), row.Details),
                channel = row.Channel,
                createdAt = StorageTime.ToColumn(row.CreatedAt),
                nextSequence = row.NextSequence,
            },
            transaction,
            cancellationToken: cancellationToken));

    private async Task InsertActivitiesAsync(
        DbConnection connection, DbTransaction transaction, string conversationId, IEnumerable<StoredActivity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO directline_activities (conversation_id, sequence, at, activity) VALUES (@conversationId, @sequence, @at, @payload)
                ON CONFLICT (conversation_id, sequence) DO NOTHING;
                """,
                new { conversationId, sequence = activity.Sequence, at = StorageTime.ToColumn(activity.At), payload = protector.Protect(ActivityPurpose(conversationId, activity.Sequence), activity.Json) },
                transaction,
                cancellationToken: cancellationToken));
        }
    }

    private static string DetailsPurpose(string conversationId) => $"directline/{conversationId}/details";

    private static string ActivityPurpose(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"directline/{conversationId}/activities/{sequence}");

    private sealed record ConversationColumns(string Id, string UserId, byte[] Details, string Channel, long CreatedAt, long NextSequence);

    // Properties, not a constructor: the LEFT JOIN's columns are NULL for a conversation without
    // activities, and SQLite reports the type of each value, not of the column.
    private sealed class ActivityColumns
    {
        public long NextSequence { get; set; }

        public long? Sequence { get; set; }

        public long? At { get; set; }

        public byte[]? Activity { get; set; }
    }
}
