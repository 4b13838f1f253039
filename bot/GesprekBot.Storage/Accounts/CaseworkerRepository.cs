using System.Data.Common;
using System.Text.Json;
using Dapper;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Accounts;

/// <summary>
/// The <c>caseworkers</c> table. The e-mail address is plain and unique: sign-in looks it up, and
/// the unique key (not a list read) decides that an address is taken. The name and the password
/// hash are encrypted together (<c>secret</c>): nothing filters on them, and a copied database
/// then gives no hashes to crack offline. The security stamp travels in the same secret.
/// </summary>
public sealed class CaseworkerRepository(StorageDatabase database, IDocumentProtector protector)
{
    private const string Columns = "id AS Id, email AS Email, organisation AS Organisation, is_admin AS IsAdmin, failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil, secret AS Secret";

    public async Task<IReadOnlyList<StoredCaseworker>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM caseworkers ORDER BY email;", cancellationToken: cancellationToken));
        return [.. rows.Select(ToStored)];
    }

    /// <param name="email">Already normalised by the caller.</param>
    public async Task<StoredCaseworker?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM caseworkers WHERE email = @email;", new { email }, cancellationToken: cancellationToken));
        return row is null ? null : ToStored(row);
    }

    /// <summary>False when the address (or the id) is taken; nothing is changed then.</summary>
    public async Task<bool> AddAsync(StoredCaseworker account, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await InsertAsync(connection, null, account, cancellationToken) == 1;
    }

    /// <summary>
    /// Overwrites the account with this id (a missing account stays missing), all but its sign-in
    /// counter and lock: those change only through <see cref="ClaimSignInAttemptAsync"/> and
    /// <see cref="ClearSignInFailuresAsync"/>, so a stale copy can never clear a lock.
    /// </summary>
    public async Task ReplaceAsync(StoredCaseworker account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE caseworkers SET email = @Email, organisation = @Organisation, is_admin = @IsAdmin, secret = @Secret
            WHERE id = @Id;
            """,
            ToParameters(account), cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Counts a sign-in attempt before its password is checked, in one statement: false (nothing
    /// counted) while the account is locked; the attempt that reaches <paramref name="maxFailures"/>
    /// locks it until <paramref name="lockUntil"/>. Concurrent attempts are counted one by one by the
    /// row's lock, so of many at once only <paramref name="maxFailures"/> get their password checked.
    /// </summary>
    public async Task<bool> ClaimSignInAttemptAsync(string id, DateTimeOffset now, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var claimed = await connection.QueryAsync<string>(new CommandDefinition(
            """
            UPDATE caseworkers SET
                failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= @max THEN 0 ELSE failed_sign_ins + 1 END,
                locked_until = CASE WHEN failed_sign_ins + 1 >= @max THEN @until ELSE NULL END
            WHERE id = @id AND (locked_until IS NULL OR locked_until <= @now)
            RETURNING id;
            """,
            new { id, now = StorageTime.ToColumn(now), max = maxFailures, until = StorageTime.ToColumn(lockUntil) },
            cancellationToken: cancellationToken));
        return claimed.Any();
    }

    /// <summary>A right password: the attempts counted so far and any lock are forgotten.</summary>
    public async Task ClearSignInFailuresAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE caseworkers SET failed_sign_ins = 0, locked_until = NULL WHERE id = @id;",
            new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Moves the accounts of a legacy document in: the document's row is deleted first, in the same
    /// transaction, so a second instance upgrading at the same moment inserts nothing twice.
    /// </summary>
    public async Task ImportLegacyAsync(string documentKey, IReadOnlyList<StoredCaseworker> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LegacyImport.ClaimAsync(connection, transaction, documentKey, cancellationToken))
        {
            foreach (var account in accounts)
            {
                await InsertAsync(connection, transaction, account, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private Task<int> InsertAsync(DbConnection connection, DbTransaction? transaction, StoredCaseworker account, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO caseworkers (id, email, organisation, is_admin, failed_sign_ins, locked_until, secret)
            VALUES (@Id, @Email, @Organisation, @IsAdmin, @FailedSignIns, @LockedUntil, @Secret)
            ON CONFLICT DO NOTHING;
            """,
            ToParameters(account), transaction, cancellationToken: cancellationToken));

    private static string PurposeFor(string id) => $"caseworkers/{id}";

    private object ToParameters(StoredCaseworker account) => new
    {
        account.Id,
        account.Email,
        account.Organisation,
        IsAdmin = account.IsAdmin ? 1 : 0,
        account.FailedSignIns,
        LockedUntil = StorageTime.ToColumn(account.LockedUntil),
        Secret = protector.Protect(PurposeFor(account.Id), JsonSerializer.Serialize(new Secret(account.Name, account.PasswordHash, account.SecurityStamp))),
    };

    private StoredCaseworker ToStored(Row row)
    {
        var secret = JsonSerializer.Deserialize<Secret>(protector.Unprotect(PurposeFor(row.Id), row.Secret))
            ?? throw new DocumentUnreadableException(PurposeFor(row.Id), new JsonException("empty secret"));
        return new StoredCaseworker(
            row.Id, row.Email, secret.Name, row.Organisation, row.IsAdmin != 0, secret.PasswordHash, row.FailedSignIns, StorageTime.FromColumn(row.LockedUntil),
            secret.Stamp ?? string.Empty);
    }

    private sealed record Secret(string Name, string PasswordHash, string? Stamp = null);

    // Properties, not a positional record: Dapper then converts integer widths, which differ per provider.
    private sealed class Row
    {
        public string Id { get; set; } = string.Empty;

        public string Email { get; set; } = string.Empty;

        public string Organisation { get; set; } = string.Empty;

        public int IsAdmin { get; set; }

        public int FailedSignIns { get; set; }

        public long? LockedUntil { get; set; }

        public byte[] Secret { get; set; } = [];
    }
}
