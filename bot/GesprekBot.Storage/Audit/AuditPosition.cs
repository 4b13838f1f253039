namespace GesprekBot.Storage.Audit;

/// <summary>Where a page of the log ends: the time and sequence of its oldest entry (times alone can tie).</summary>
public sealed record AuditPosition(DateTimeOffset At, long Id);
