using System.Globalization;

namespace GesprekBot.Bot.Review.Audit;

/// <summary>Where an older page of the log starts: just after this entry. Travels in the query string as "{unix ms}.{sequence}".</summary>
public sealed record AuditCursor(DateTimeOffset At, long Sequence)
{
    public static AuditCursor After(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.At, entry.Sequence);
    }

    /// <summary>Null for anything that is not a cursor this class wrote: the page then starts at the newest entry.</summary>
    public static AuditCursor? Parse(string? text)
    {
        var parts = text?.Split('.');
        return parts is [var at, var sequence]
            && long.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            && long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new AuditCursor(DateTimeOffset.FromUnixTimeMilliseconds(ms), id)
            : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{At.ToUnixTimeMilliseconds()}.{Sequence}");
}
