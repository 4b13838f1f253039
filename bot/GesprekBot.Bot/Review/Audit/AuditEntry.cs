namespace GesprekBot.Bot.Review.Audit;

public enum AuditAction
{
    SignedIn,
    Viewed,
    Printed,
    Exported,
    Deleted,
    StatusChanged,
    NoteAdded,
    InviteCreated,
    Compared,
    Assigned,
}

/// <summary>Who did what to which intake, and when. Never the answers or the map: the log must not become a copy of them.</summary>
/// <param name="Detail">A fixed word such as the export format or the new status, never user text.</param>
public sealed record AuditEntry(DateTimeOffset At, string CaseworkerId, string CaseworkerName, AuditAction Action, string? IntakeId, string? Detail)
{
    /// <summary>The row's place in the log (0 before it is written): with <see cref="At"/>, where an older page starts.</summary>
    public long Sequence { get; init; }
}
