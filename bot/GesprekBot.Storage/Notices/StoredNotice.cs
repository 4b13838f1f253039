namespace GesprekBot.Storage.Notices;

/// <summary>What a notice is about.</summary>
public enum NoticeKind
{
    Submitted = 0,
    Urgent = 1,
}

/// <summary>Where a notice is in its life.</summary>
public enum NoticeState
{
    Queued = 0,
    Sent = 1,

    /// <summary>The channel refused it for good (the bot was removed): not retried.</summary>
    Failed = 2,

    /// <summary>No channel is linked for the intake's organisation: nothing was sent.</summary>
    Unlinked = 3,
}

/// <summary>One row of the notice outbox.</summary>
public sealed record StoredNotice(
    string IntakeId,
    NoticeKind Kind,
    string? Organisation,
    DateTimeOffset OccurredAt,
    NoticeState State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    int? LastStatus);
