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

    /// <summary>The intake list was shown (without a search).</summary>
    ListViewed,

    /// <summary>The list was searched; the detail is the kind of search ("Code" or "Name"), never what was typed.</summary>
    Searched,

    /// <summary>An intake was assigned to a caseworker (the detail: their id) or the assignment cleared (no detail).</summary>
    AssigneeChanged,

    /// <summary>An assignment to someone outside the organisation was refused; nothing changed.</summary>
    AssignmentRefused,

    /// <summary>A wrong password for this account (an unknown address has no organisation to log it in; it is only counted in the server log).</summary>
    SignInFailed,

    /// <summary>A sign-in refused because the account is locked after too many wrong passwords.</summary>
    SignInLockedOut,
}

/// <summary>Who did what to which intake, and when. Never the answers or the map: the log must not become a copy of them.</summary>
/// <param name="Detail">A fixed word such as the export format or the new status, never user text.</param>
public sealed record AuditEntry(DateTimeOffset At, string CaseworkerId, string CaseworkerName, AuditAction Action, string? IntakeId, string? Detail)
{
    /// <summary>The row's place in the log (0 before it is written): with <see cref="At"/>, where an older page starts.</summary>
    public long Sequence { get; init; }
}
