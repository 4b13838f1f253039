using System.Security.Cryptography;
using System.Text;
using Dapper;
using GesprekBot.Storage.Database;

namespace GesprekBot.Storage.Protection;

/// <summary>
/// A random 32-byte key for keyed hashes (HMAC-SHA256), made once per purpose by whichever instance
/// asks first (the others read that one) and kept in <c>search_keys</c> encrypted with the records'
/// key ring. A copy of the database without the key ring therefore cannot be searched for a short
/// secret by trying every value: a resume code has about 40 bits, which a plain SHA-256 gives up in
/// minutes on a graphics card.
/// </summary>
internal sealed class StoredSecret(StorageDatabase database, IDocumentProtector protector, string id)
{
    private byte[]? key;

    public async Task<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (key is { } known)
        {
            return known;
        }

        var purpose = $"search_keys/{id}";
        var fresh = protector.Protect(purpose, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        await database.WriteAsync(
            (connection, ct) => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO search_keys (id, payload) VALUES (@id, @payload) ON CONFLICT (id) DO NOTHING;",
                new { id, payload = fresh },
                cancellationToken: ct)),
            cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var stored = await connection.QuerySingleAsync<byte[]>(new CommandDefinition(
            "SELECT payload FROM search_keys WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
        return key = Convert.FromBase64String(protector.Unprotect(purpose, stored));
    }

    /// <summary>The keyed hash of <paramref name="text"/>.</summary>
    public async Task<byte[]> HashAsync(string text, CancellationToken cancellationToken) =>
        HMACSHA256.HashData(await GetAsync(cancellationToken), Encoding.UTF8.GetBytes(text));

    /// <summary>The unkeyed SHA-256 that rows written before keyed hashes hold.</summary>
    public static byte[] LegacyHash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
