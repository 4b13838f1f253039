using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// Where one member is drawn: its band (1–4, or 5 for "not placed yet") and its centre.
/// <paramref name="Crowded"/> when its cell needed more than one lane, so its label is drawn smaller.
/// </summary>
internal sealed record PlacedMember(NetworkMember Member, int Band, LifeDomain Domain, double X, double Y, bool Crowded = false);

/// <summary>
/// The whole layout of a map: sectors, then each cell's members in map order along its lanes.
/// Pure arithmetic on the map, so the same map always gives the same picture; members keep the
/// order the client named them in, which is also the order of the text alternative.
/// </summary>
internal sealed record MapLayout(IReadOnlyList<MapSector> Sectors, IReadOnlyList<PlacedMember> Members)
{
    public static MapLayout For(NetworkMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var sectors = MapSectors.For(map);
        var placed = new List<(int Index, PlacedMember Member)>(map.Members.Count);
        foreach (var sector in sectors)
        {
            var cells = map.Members
                .Select((member, index) => (Member: member, Index: index))
                .Where(m => MapSectors.Normalise(m.Member.Domain) == sector.Domain)
                .GroupBy(m => MapGeometry.BandOf(m.Member.Ring))
                .OrderBy(cell => cell.Key);
            foreach (var cell in cells)
            {
                var members = cell.ToList();
                var positions = CellLayout.Place(cell.Key, members.Count, sector.Start, sector.Sweep);
                var crowded = positions.Select(p => p.Radius).Distinct().Count() > 1;
                for (var i = 0; i < members.Count; i++)
                {
                    var (x, y) = MapGeometry.Point(positions[i].Radius, positions[i].Angle);
                    placed.Add((members[i].Index, new PlacedMember(members[i].Member, cell.Key, sector.Domain, x, y, crowded)));
                }
            }
        }

        // Back in map order, so drawing order and the text alternative follow the conversation.
        return new MapLayout(sectors, [.. placed.OrderBy(p => p.Index).Select(p => p.Member)]);
    }
}
