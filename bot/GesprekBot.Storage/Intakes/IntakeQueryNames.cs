using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Intakes;

/// <summary>
/// The blind index that lets the review find an intake by a part of the client's name without the
/// name ever being plain in the database. A name is folded (lower case, accents and everything but
/// letters and digits dropped: "Renée-Anne" is "reneeanne"), cut into its 2- and 3-letter pieces,
/// and each piece is stored as a keyed hash (HMAC-SHA256, 64 bits) with the intake's id. A search
/// folds the typed text the same way and asks for the intakes that hold all of its pieces. The key
/// is random, made once and stored encrypted with the records' key ring, so a copy of the database
/// alone cannot hash a guessed name to look for it. What it does give away to someone holding the
/// database: which intakes share a piece, and how long a name roughly is.
/// </summary>
internal sealed class IntakeQueryNames(StorageDatabase database, IDocumentProtector protector)
{
    /// <summary>Shorter searches would match almost every name.</summary>
    public const int MinimumLength = 2;

    private const string KeyId = "intake-names";

    private readonly StoredSecret secret = new(database, protector, KeyId);

    /// <summary>Lower case, without accents, only letters and digits.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether the name holds the typed text, as the search means it.</summary>
    public static bool Matches(string? name, string typed) =>
        Fold(typed) is { Length: >= MinimumLength } part && Fold(name).Contains(part, StringComparison.Ordinal);

    /// <summary>The pieces a name is indexed under: every 2- and 3-letter run.</summary>
    public static IReadOnlyList<string> Pieces(string folded) =>
        [.. Runs(folded, 2).Concat(Runs(folded, 3)).Distinct(StringComparer.Ordinal)];

    /// <summary>The pieces a search asks for: itself when it is 2 letters, else its 3-letter runs.</summary>
    public static IReadOnlyList<string> SearchPieces(string folded) =>
        folded.Length < MinimumLength ? [] : folded.Length == 2 ? [folded] : [.. Runs(folded, 3).Distinct(StringComparer.Ordinal)];

    /// <summary>The hashed pieces to look for; empty when the text is too short to search on.</summary>
    public async Task<IReadOnlyList<string>> SearchHashesAsync(string typed, CancellationToken cancellationToken)
    {
        var pieces = SearchPieces(Fold(typed));
        if (pieces.Count == 0)
        {
            return [];
        }

        var secret = await SecretAsync(cancellationToken);
        return [.. pieces.Select(p => Hash(secret, p, 8))];
    }

    /// <summary>
    /// Keeps the intake's pieces in step with its name. Every turn saves the record, so the common
    /// case (the name did not change) is one statement that changes nothing; only a new or changed
    /// name rewrites the pieces. It is one write through <see cref="StorageDatabase.WriteAsync"/>: on
    /// SQLite inside the group commit, so never half done there.
    /// </summary>
    public async Task IndexAsync(string intakeId, string? name, CancellationToken cancellationToken)
    {
        var hashes = await HashesAsync(name, cancellationToken);
        await database.WriteAsync((connection, ct) => WriteOnAsync(connection, intakeId, hashes, ct), cancellationToken);
    }

    /// <summary>The write of <see cref="IndexAsync"/> on a connection that is already writing (the record's save, in the same commit).</summary>
    internal static async Task<int> WriteOnAsync(DbConnection connection, string intakeId, NameIndex hashes, CancellationToken cancellationToken)
    {
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO intake_names (intake_id, name_mac) SELECT id, @mac FROM intakes WHERE id = @intakeId
            ON CONFLICT (intake_id) DO UPDATE SET name_mac = excluded.name_mac WHERE intake_names.name_mac <> excluded.name_mac;
            """,
            new { intakeId, mac = hashes.Mac },
            cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return 0;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM intake_name_grams WHERE intake_id = @intakeId;", new { intakeId }, cancellationToken: cancellationToken));
        var rows = hashes.Pieces().Select(gram => new { gram, intakeId }).ToList();
        return rows.Count == 0 ? 0 : await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO intake_name_grams (gram, intake_id) VALUES (@gram, @intakeId) ON CONFLICT DO NOTHING;", rows, cancellationToken: cancellationToken));
    }

    /// <summary>What <see cref="IndexAsync"/> stores for a name: the hash of the whole folded name, and of each piece.</summary>
    internal async Task<NameIndex> HashesAsync(string? name, CancellationToken cancellationToken)
    {
        var secret = await SecretAsync(cancellationToken);
        var folded = Fold(name);
        return new NameIndex(Hash(secret, folded, 32), secret, folded);
    }

    /// <summary>
    /// A name's index: the hash of the whole name, and its pieces' hashes made only when asked for, which
    /// is only when the name changed (every turn saves the record; the name rarely changes).
    /// </summary>
    internal sealed record NameIndex(string Mac, byte[] Secret, string Folded)
    {
        public IReadOnlyList<string> Pieces() => [.. IntakeQueryNames.Pieces(Folded).Select(p => Hash(Secret, p, 8))];
    }

    private static IEnumerable<string> Runs(string folded, int length)
    {
        for (var i = 0; i + length <= folded.Length; i++)
        {
            yield return folded.Substring(i, length);
        }
    }

    private static string Hash(byte[] secret, string text, int bytes) =>
        Convert.ToHexString(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(text)).AsSpan(0, bytes));

    private Task<byte[]> SecretAsync(CancellationToken cancellationToken) => secret.GetAsync(cancellationToken);
}
