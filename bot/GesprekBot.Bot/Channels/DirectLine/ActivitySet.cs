using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// What GET …/activities answers and each stream frame carries. The watermark is the sequence
/// number of the last stored activity, as a string: clients echo it back to resume after it.
/// </summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
