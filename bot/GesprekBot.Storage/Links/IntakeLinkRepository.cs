using System.Data.Common;
using System.Text.Json;
using Dapper;
using GesprekBot.Storage.Accounts;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Links;

/// <summary>
/// The <c>intake_links</c> table: a row per place a copy of an intake lives outside its record (the
/// conversations it was filled in, the resume codes issued for it), so its erasure can reach them.
/// Adding is an insert that ignores a duplicate, so two conversations of one intake never lose each
/// other's link. The value (a state key, a code) is encrypted under the intake id; the key of the
/// row only holds its keyed hash (<see cref="StoredSecret"/>: a resume code's plain hash would give
/// the code to whoever copies the database). Rows written before hold the plain SHA-256.
/// </summary>
public sealed class IntakeLinkRepository(StorageDatabase database, IDocumentProtector protector)
{
    private readonly StoredSecret secret = new(database, protector, "intake-links");

    public async Task<IReadOnlyList<StoredIntakeLink>> ReadAsync(string intakeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT kind AS Kind, payload AS Payload FROM intake_links WHERE intake_id = @intakeId ORDER BY kind, link_hash;",
            new { intakeId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => protector.Unprotect(PurposeFor(intakeId), r.Payload)).Select(ParsePayload)];
    }

    public async Task AddAsync(string intakeId, StoredIntakeLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var hash = await secret.HashAsync(link.Identity, cancellationToken);
        await database.WriteAsync((connection, ct) => InsertAsync(connection, null, intakeId, link, hash, ct), cancellationToken);
    }

    public async Task RemoveAsync(string intakeId, IntakeLinkKind kind, string identity, CancellationToken cancellationToken)
    {
        var keyed = await secret.HashAsync(identity, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM intake_links WHERE intake_id = @intakeId AND kind = @kind AND (link_hash = @keyed OR link_hash = @legacy);",
            new { intakeId, kind = (int)kind, keyed, legacy = StoredSecret.LegacyHash(identity) }, cancellationToken: cancellationToken));
    }

    public async Task DeleteAsync(string intakeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM intake_links WHERE intake_id = @intakeId;", new { intakeId }, cancellationToken: cancellationToken));
    }

    /// <summary>Moves a legacy document's links in (see <see cref="LegacyImport"/>).</summary>
    public async Task ImportLegacyAsync(string documentKey, string intakeId, IReadOnlyList<StoredIntakeLink> links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        // Hashed before the transaction: the secret may be made first, which is a write of its own.
        var hashed = new List<(StoredIntakeLink Link, byte[] Hash)>();
        foreach (var link in links)
        {
            hashed.Add((link, await secret.HashAsync(link.Identity, cancellationToken)));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LegacyImport.ClaimAsync(connection, transaction, documentKey, cancellationToken))
        {
            foreach (var (link, hash) in hashed)
            {
                await InsertAsync(connection, transaction, intakeId, link, hash, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string PurposeFor(string intakeId) => $"intake_links/{intakeId}";

    // The kind and identity travel inside the ciphertext too, so a row read back is whole.
    private static string Payload(StoredIntakeLink link) =>
        JsonSerializer.Serialize(link);

    private static StoredIntakeLink ParsePayload(string json) =>
        JsonSerializer.Deserialize<StoredIntakeLink>(json)
            ?? throw new DocumentUnreadableException("An intake link is empty.");

    private Task<int> InsertAsync(DbConnection connection, DbTransaction? transaction, string intakeId, StoredIntakeLink link, byte[] hash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        ArgumentNullException.ThrowIfNull(link);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO intake_links (intake_id, kind, link_hash, payload) VALUES (@intakeId, @kind, @hash, @payload)
            ON CONFLICT (intake_id, kind, link_hash) DO NOTHING;
            """,
            new { intakeId, kind = (int)link.Kind, hash, payload = protector.Protect(PurposeFor(intakeId), Payload(link)) },
            transaction,
            cancellationToken: cancellationToken));
    }

    private sealed class Row
    {
        public int Kind { get; set; }

        public byte[] Payload { get; set; } = [];
    }
}
