using Dapper;
using GesprekBot.Storage.Accounts;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.ResumeCodes;

/// <summary>
/// The <c>resume_codes</c> table. A code is only kept as its keyed hash (HMAC-SHA256 with a secret
/// kept under the key ring, <see cref="StoredSecret"/>), so a copy of the database does not give the
/// codes by trying all of them; the conversation it resumes is encrypted under that hash. Redeeming
/// deletes the row and returns it in one statement, so of two racers exactly one gets the
/// conversation. A used code has no row. Rows written before keyed hashes hold the plain SHA-256:
/// they are still found (and expire within days).
/// </summary>
public sealed class ResumeCodeRepository(StorageDatabase database, IDocumentProtector protector)
{
    private readonly StoredSecret secret = new(database, protector, "resume-codes");

    /// <summary>The hash a code is stored under.</summary>
    public Task<byte[]> HashOfAsync(string code, CancellationToken cancellationToken = default) => secret.HashAsync(code, cancellationToken);

    /// <summary>Adds the code, or points it at <paramref name="conversationKey"/> again (a turn that ran twice).</summary>
    public async Task RegisterAsync(string code, string conversationKey, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var hash = await HashOfAsync(code, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO resume_codes (code_hash, conversation_key, expires_at) VALUES (@hash, @conversation, @expires)
            ON CONFLICT (code_hash) DO UPDATE SET conversation_key = excluded.conversation_key, expires_at = excluded.expires_at;
            """,
            new { hash, conversation = protector.Protect(PurposeFor(hash), conversationKey), expires = StorageTime.ToColumn(expiresAt) },
            cancellationToken: cancellationToken));
    }

    /// <summary>The conversation key, once; null when unknown, used or expired. An expired code is deleted too.</summary>
    public async Task<string?> RedeemAsync(string code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var hash in await HashesAsync(code, cancellationToken))
        {
            var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
                "DELETE FROM resume_codes WHERE code_hash = @hash RETURNING conversation_key AS ConversationKey, expires_at AS ExpiresAt;",
                new { hash }, cancellationToken: cancellationToken));
            if (row is not null)
            {
                return row.ExpiresAt <= StorageTime.ToColumn(now) ? null : protector.Unprotect(PurposeFor(hash), row.ConversationKey);
            }
        }

        return null;
    }

    public async Task RevokeAsync(string code, CancellationToken cancellationToken)
    {
        var hashes = await HashesAsync(code, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM resume_codes WHERE code_hash = @keyed OR code_hash = @legacy;",
            new { keyed = hashes[0], legacy = hashes[1] }, cancellationToken: cancellationToken));
    }

    /// <summary>Deletes the code when it has expired; true when it is gone (expired, used or never there).</summary>
    public async Task<bool> PurgeIfExpiredAsync(string code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hashes = await HashesAsync(code, cancellationToken);
        var both = new { keyed = hashes[0], legacy = hashes[1], now = StorageTime.ToColumn(now) };
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM resume_codes WHERE (code_hash = @keyed OR code_hash = @legacy) AND expires_at <= @now;",
            both, cancellationToken: cancellationToken));
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM resume_codes WHERE code_hash = @keyed OR code_hash = @legacy;", both, cancellationToken: cancellationToken)) == 0;
    }

    /// <summary>Deletes every code that expired by <paramref name="now"/>, in one statement.</summary>
    /// <returns>How many were deleted.</returns>
    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM resume_codes WHERE expires_at <= @now;", new { now = StorageTime.ToColumn(now) }, cancellationToken: cancellationToken));
    }

    /// <summary>Moves a legacy code in (see <see cref="LegacyImport"/>); an expired one is only dropped.</summary>
    public async Task ImportLegacyAsync(string documentKey, string code, string conversationKey, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hash = await HashOfAsync(code, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LegacyImport.ClaimAsync(connection, transaction, documentKey, cancellationToken) && expiresAt > now)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO resume_codes (code_hash, conversation_key, expires_at) VALUES (@hash, @conversation, @expires) ON CONFLICT (code_hash) DO NOTHING;",
                new { hash, conversation = protector.Protect(PurposeFor(hash), conversationKey), expires = StorageTime.ToColumn(expiresAt) },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The keyed hash first, then the plain one of rows written before it.</summary>
    private async Task<byte[][]> HashesAsync(string code, CancellationToken cancellationToken) =>
        [await HashOfAsync(code, cancellationToken), StoredSecret.LegacyHash(code)];

    private static string PurposeFor(byte[] hash) => $"resume_codes/{Convert.ToHexString(hash)}";

    private sealed class Row
    {
        public byte[] ConversationKey { get; set; } = [];

        public long ExpiresAt { get; set; }
    }
}
