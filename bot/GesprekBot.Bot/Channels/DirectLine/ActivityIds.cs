using System.Globalization;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Activity ids "{conversationId}|{sequence:D7}": unique, sortable within a conversation, and the
/// sequence is the watermark, so a client can resume right after any activity it has seen.
/// </summary>
internal static class ActivityIds
{
    public static string For(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    /// <summary>The sequence number inside an id of ours, or null for any other id.</summary>
    public static long? SequenceOf(string? id)
    {
        var bar = id?.LastIndexOf('|') ?? -1;
        return bar >= 0 && long.TryParse(id.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;
    }

    /// <summary>Reads a client's watermark; empty or unreadable means "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
