using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Intakes;

/// <summary>How an <see cref="IntakeRecord"/> becomes a row of <c>intakes</c> and back.</summary>
internal static class IntakeRows
{
    public const string Columns = "code_hash, invite_hash, status, urgent, created_at, updated_at, submitted_at, sort_at, record";

    public const string Values = "@codeHash, @inviteHash, @status, @urgent, @createdAt, @updatedAt, @submittedAt, @sortAt, @record";

    /// <summary>What a later save changes: everything but the id, the organisation and when it started.</summary>
    public const string Changes = """
        code_hash = @codeHash, invite_hash = @inviteHash, status = @status, urgent = @urgent,
        updated_at = @updatedAt, submitted_at = @submittedAt, sort_at = @sortAt, record = @record
        """;

    /// <summary>Binds the ciphertext to its row, so a record copied onto another id cannot be read there.</summary>
    public static string Purpose(string id) => $"intakes/{id}";

    /// <summary>The hash of the compact code (any case, dashes, spaces): the plain code never reaches the database.</summary>
    public static string? CodeHash(string? code) =>
        IntakeCodes.Compact(code) is { Length: > 0 } compact
            ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(compact)))
            : null;

    /// <summary>Organisations compare like <c>ReviewUser.BelongsTo</c>: trimmed, case-insensitive.</summary>
    public static string? OrganisationKey(string? organisation) =>
        string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim().ToUpperInvariant();

    public static object Parameters(IntakeRecord record, string? organisation, IDocumentProtector protector) => new
    {
        id = record.Id,
        organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim(),
        organisationKey = OrganisationKey(organisation),
        codeHash = CodeHash(record.Code),
        inviteHash = CodeHash(record.InviteCode),
        status = record.Status.ToString(),
        urgent = record.IsUrgent ? 1 : 0,
        createdAt = StorageTime.ToColumn(record.ConsentAt),
        updatedAt = StorageTime.ToColumn(record.UpdatedAt),
        submittedAt = StorageTime.ToColumn(record.SubmittedAt),
        sortAt = StorageTime.ToColumn(record.SubmittedAt ?? record.UpdatedAt),
        record = protector.Protect(Purpose(record.Id), JsonSerializer.Serialize(record, DialogJson.Options)),
    };

    public static IntakeRecord Read(string id, byte[] ciphertext, IDocumentProtector protector) =>
        JsonSerializer.Deserialize<IntakeRecord>(protector.Unprotect(Purpose(id), ciphertext), DialogJson.Options)
            ?? throw new InvalidOperationException($"The intake row {id} holds no record.");
}
