namespace GesprekBot.Storage.Audit;

/// <summary>One row of the <c>audit_log</c>. <paramref name="Id"/> is the row's sequence (0 before it is written).</summary>
public sealed record StoredAuditEntry(
    long Id,
    DateTimeOffset At,
    string UserId,
    string UserName,
    string Action,
    string? IntakeId,
    string? Detail);
