namespace GesprekBot.Dialogs.Network.Comparison;

/// <summary>
/// What changed between an earlier and a later map of the same client, as the L.ink research
/// compared two Inclusiewebs: size, who came and went, distance, support, contact frequency,
/// relation quality and satisfaction. <see cref="Matched"/> holds every member found on both maps,
/// changed or not, in the later map's order.
/// </summary>
public sealed record MapDifference(
    int SizeBefore,
    int SizeAfter,
    int? SatisfactionBefore,
    int? SatisfactionAfter,
    IReadOnlyList<NetworkMember> Added,
    IReadOnlyList<NetworkMember> Removed,
    IReadOnlyList<MemberChange> Matched)
{
    public int SizeChange => SizeAfter - SizeBefore;

    /// <summary>Null when either map has no satisfaction: a skipped answer is not a zero.</summary>
    public int? SatisfactionChange => SatisfactionAfter - SatisfactionBefore;

    public IEnumerable<MemberChange> Changed => Matched.Where(m => m.HasChanges);

    public bool HasChanges =>
        SizeChange != 0 || SatisfactionBefore != SatisfactionAfter || Added.Count > 0 || Removed.Count > 0 || Changed.Any();
}
