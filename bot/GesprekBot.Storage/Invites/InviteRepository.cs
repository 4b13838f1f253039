using System.Data.Common;
using Dapper;
using GesprekBot.Storage.Accounts;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Invites;

/// <summary>
/// The <c>invites</c> table. The code is the primary key, so it is unique across organisations and
/// a lookup is one indexed read. Codes are kept in upper case and looked up in upper case; the
/// organisation is matched on <see cref="OrganisationKey"/>, as the review compares it. Who created
/// the invite (a caseworker's name) is encrypted.
/// </summary>
public sealed class InviteRepository(StorageDatabase database, IDocumentProtector protector)
{
    private const string Columns = "code AS Code, organisation AS Organisation, created_at AS CreatedAt, created_by AS CreatedBy";

    public async Task<IReadOnlyList<StoredInvite>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM invites ORDER BY created_at DESC, code;", cancellationToken: cancellationToken));
        return [.. rows.Select(ToStored)];
    }

    /// <summary>The organisation's invites, newest first.</summary>
    public async Task<IReadOnlyList<StoredInvite>> ForAsync(string organisation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM invites WHERE organisation_key = @key ORDER BY created_at DESC, code;",
            new { key = OrganisationKey.Of(organisation) }, cancellationToken: cancellationToken));
        return [.. rows.Select(ToStored)];
    }

    public async Task<StoredInvite?> FindAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM invites WHERE code = @code;", new { code = Normalise(code) }, cancellationToken: cancellationToken));
        return row is null ? null : ToStored(row);
    }

    /// <summary>False when the code is taken (by any organisation): the caller draws another.</summary>
    public async Task<bool> TryAddAsync(StoredInvite invite, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await InsertAsync(connection, null, invite, cancellationToken) == 1;
    }

    /// <summary>Moves the invites of a legacy document in (see <see cref="LegacyImport"/>).</summary>
    public async Task ImportLegacyAsync(string documentKey, IReadOnlyList<StoredInvite> invites, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invites);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LegacyImport.ClaimAsync(connection, transaction, documentKey, cancellationToken))
        {
            foreach (var invite in invites)
            {
                await InsertAsync(connection, transaction, invite, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string Normalise(string code) => code.Trim().ToUpperInvariant();

    private static string PurposeFor(string code) => $"invites/{code}";

    private Task<int> InsertAsync(DbConnection connection, DbTransaction? transaction, StoredInvite invite, CancellationToken cancellationToken)
    {
        var code = Normalise(invite.Code);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO invites (code, organisation, organisation_key, created_at, created_by)
            VALUES (@code, @organisation, @key, @at, @by)
            ON CONFLICT (code) DO NOTHING;
            """,
            new
            {
                code,
                organisation = invite.Organisation,
                key = OrganisationKey.Of(invite.Organisation),
                at = StorageTime.ToColumn(invite.CreatedAt),
                by = protector.Protect(PurposeFor(code), invite.CreatedBy),
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    private StoredInvite ToStored(Row row) =>
        new(row.Code, row.Organisation, StorageTime.FromColumn(row.CreatedAt), protector.Unprotect(PurposeFor(row.Code), row.CreatedBy));

    private sealed class Row
    {
        public string Code { get; set; } = string.Empty;

        public string Organisation { get; set; } = string.Empty;

        public long CreatedAt { get; set; }

        public byte[] CreatedBy { get; set; } = [];
    }
}
