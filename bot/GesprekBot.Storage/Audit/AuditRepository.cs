using System.Data.Common;
using Dapper;
using GesprekBot.Storage.Accounts;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Audit;

/// <summary>
/// The <c>audit_log</c>: append-only rows, indexed by (organisation, time). Appending is one INSERT,
/// so parallel writers never lose each other's entries. The caseworker's name is encrypted under
/// the organisation and user id (ciphertext cannot be moved to another caseworker's rows); the
/// rest is plain: ids, a fixed action name, and a detail that is never client text.
/// Rows outlive the intake they name: the log proves who viewed what.
/// </summary>
public sealed class AuditRepository(StorageDatabase database, IDocumentProtector protector)
{
    private const string Select =
        "SELECT id AS Id, at AS At, user_id AS UserId, user_name AS UserName, action AS Action, intake_id AS IntakeId, detail AS Detail FROM audit_log";

    /// <summary>One row, through the store's writer (on SQLite it shares the turns' group commit instead of waiting for its lock).</summary>
    public Task AppendAsync(string organisation, StoredAuditEntry entry, CancellationToken cancellationToken)
    {
        var key = OrganisationKey.Of(organisation);
        return database.WriteAsync((connection, ct) => InsertAsync(connection, null, key, entry, ct), cancellationToken);
    }

    /// <summary>
    /// The organisation's newest entries, at most <paramref name="limit"/>; with <paramref name="before"/>
    /// (the oldest entry of the page before) only the entries older than that.
    /// </summary>
    public async Task<IReadOnlyList<StoredAuditEntry>> ReadAsync(string organisation, int limit, AuditPosition? before, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var key = OrganisationKey.Of(organisation);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            before is null
                ? $"{Select} WHERE organisation_key = @key ORDER BY at DESC, id DESC LIMIT @limit;"
                : $"{Select} WHERE organisation_key = @key AND (at < @at OR (at = @at AND id < @id)) ORDER BY at DESC, id DESC LIMIT @limit;",
            new { key, limit, at = before is null ? 0 : StorageTime.ToColumn(before.At), id = before?.Id ?? 0 },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new StoredAuditEntry(
            r.Id, StorageTime.FromColumn(r.At), r.UserId, protector.Unprotect(PurposeFor(key, r.UserId), r.UserName), r.Action, r.IntakeId, r.Detail))];
    }

    /// <summary>Moves a legacy document's entries in (see <see cref="LegacyImport"/>: claimed first, so never twice).</summary>
    public async Task ImportLegacyAsync(string documentKey, string organisation, IReadOnlyList<StoredAuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LegacyImport.ClaimAsync(connection, transaction, documentKey, cancellationToken))
        {
            foreach (var entry in entries.OrderBy(e => e.At))
            {
                await InsertAsync(connection, transaction, OrganisationKey.Of(organisation), entry, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string PurposeFor(string organisationKey, string userId) => $"audit_log/{organisationKey}/{userId}";

    private Task<int> InsertAsync(DbConnection connection, DbTransaction? transaction, string key, StoredAuditEntry entry, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_log (organisation_key, at, user_id, user_name, action, intake_id, detail)
            VALUES (@key, @at, @userId, @userName, @action, @intakeId, @detail);
            """,
            new
            {
                key,
                at = StorageTime.ToColumn(entry.At),
                userId = entry.UserId,
                userName = protector.Protect(PurposeFor(key, entry.UserId), entry.UserName),
                action = entry.Action,
                intakeId = entry.IntakeId,
                detail = entry.Detail,
            },
            transaction,
            cancellationToken: cancellationToken));

    private sealed class Row
    {
        public long Id { get; set; }

        public long At { get; set; }

        public string UserId { get; set; } = string.Empty;

        public byte[] UserName { get; set; } = [];

        public string Action { get; set; } = string.Empty;

        public string? IntakeId { get; set; }

        public string? Detail { get; set; }
    }
}
