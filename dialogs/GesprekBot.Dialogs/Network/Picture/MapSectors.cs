using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>One life domain's slice of the map, in radians clockwise from "three o'clock".</summary>
internal sealed record MapSector(LifeDomain Domain, double Start, double Sweep)
{
    public double Middle => Start + (Sweep / 2);
}

/// <summary>
/// Cuts the circle into one sector per life domain on the map, in a fixed order (the order of the
/// inventory, "andere" last) starting at twelve o'clock. A sector first gets the angle its most
/// crowded ring needs so no nodes touch; what is left is shared equally, so quiet domains still get
/// room for their name. Only when the crowded cells need more than the whole circle are all sectors
/// scaled down together, and nodes may then touch.
/// </summary>
internal static class MapSectors
{
    private const double Top = -Math.PI / 2;

    private static readonly LifeDomain[] Order =
    [
        LifeDomain.Family, LifeDomain.Friends, LifeDomain.Neighbourhood, LifeDomain.SchoolAndWork, LifeDomain.Leisure,
        LifeDomain.Professional, LifeDomain.Housing, LifeDomain.Belief, LifeDomain.Online, LifeDomain.Unknown,
    ];

    public static IReadOnlyList<MapSector> For(NetworkMap map)
    {
        var domains = Order.Where(d => map.Members.Any(m => Normalise(m.Domain) == d)).ToList();
        if (domains.Count == 0)
        {
            return [];
        }

        var needs = domains.Select(d => Need(map, d)).ToList();
        var total = needs.Sum();
        var full = 2 * Math.PI;
        var sweeps = total <= full
            ? needs.Select(n => n + ((full - total) / domains.Count)).ToList()
            : needs.Select(n => n * full / total).ToList();

        var sectors = new List<MapSector>(domains.Count);
        var start = Top;
        for (var i = 0; i < domains.Count; i++)
        {
            sectors.Add(new MapSector(domains[i], start, sweeps[i]));
            start += sweeps[i];
        }

        return sectors;
    }

    /// <summary>A domain value this build does not know is drawn with "andere" rather than lost.</summary>
    public static LifeDomain Normalise(LifeDomain domain) => Array.IndexOf(Order, domain) >= 0 ? domain : LifeDomain.Unknown;

    private static double Need(NetworkMap map, LifeDomain domain) =>
        map.Members
            .Where(m => Normalise(m.Domain) == domain)
            .GroupBy(m => MapGeometry.BandOf(m.Ring))
            .Max(cell => CellLayout.RequiredAngle(cell.Key, cell.Count()));
}
