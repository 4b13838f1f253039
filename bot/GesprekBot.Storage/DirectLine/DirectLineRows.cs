namespace GesprekBot.Storage.DirectLine;

/// <summary>A Direct Line conversation; <see cref="Details"/> is the decrypted JSON of what describes the user.</summary>
public sealed record DirectLineConversationRow(string Id, string UserId, string Details, string Channel, DateTimeOffset CreatedAt, long NextSequence);

/// <summary>A stored activity: its sequence (the watermark), its time and its decrypted JSON.</summary>
public sealed record StoredActivity(long Sequence, DateTimeOffset At, string Json);

/// <summary>
/// Activities after a watermark, and the last sequence handed out when they were read (0 before
/// the first), which stays the watermark when trimming or erasure left nothing to return.
/// </summary>
public sealed record ActivityPage(IReadOnlyList<StoredActivity> Activities, long LastSequence);

/// <summary>An activity to append, built once its sequence is known.</summary>
public sealed record NewActivity(DateTimeOffset At, string Json);
