namespace GesprekBot.Dialogs.Network.Export;

/// <summary>
/// The ties a graph export draws: both ends on the map, no member tied to itself, and each pair
/// once whatever its order ("Tom knows Els" and "Els knows Tom" are one undirected edge), so the
/// graph tools do not count a friendship twice.
/// </summary>
internal static class MapTies
{
    public static IReadOnlyList<NetworkTie> Distinct(NetworkMap map)
    {
        var ids = map.Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var ties = new List<NetworkTie>();
        foreach (var tie in map.Ties)
        {
            if (tie.FirstMemberId == tie.SecondMemberId || !ids.Contains(tie.FirstMemberId) || !ids.Contains(tie.SecondMemberId))
            {
                continue;
            }

            var key = string.CompareOrdinal(tie.FirstMemberId, tie.SecondMemberId) < 0
                ? (tie.FirstMemberId, tie.SecondMemberId)
                : (tie.SecondMemberId, tie.FirstMemberId);
            if (seen.Add(key))
            {
                ties.Add(tie);
            }
        }

        return ties;
    }
}
