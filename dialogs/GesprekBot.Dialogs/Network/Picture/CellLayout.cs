namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// Places the members of one cell (one ring within one life-domain sector) on one to three
/// concentric lanes, evenly spread. A lane at radius r holds floor(r·θ / spacing) nodes in a sector
/// of θ radians: neighbours on a lane are then at least one spacing apart and the outer ones half a
/// spacing from the sector lines, so nodes of neighbouring sectors do not touch either. The fewest
/// lanes that fit are used, because one neat arc reads better than a crowd.
/// </summary>
internal static class CellLayout
{
    private const double AngleStep = Math.PI / 720;

    /// <summary>The smallest sector angle in which <paramref name="count"/> nodes fit in the band without touching.</summary>
    public static double RequiredAngle(int band, int count)
    {
        if (count == 0)
        {
            return 0;
        }

        var lanes = Lanes(band, MaxLanes(band));
        for (var angle = AngleStep; angle < 2 * Math.PI; angle += AngleStep)
        {
            if (lanes.Sum(r => Capacity(r, angle)) >= count)
            {
                return angle;
            }
        }

        return 2 * Math.PI;
    }

    /// <summary>Positions (radius, angle) for <paramref name="count"/> nodes in the sector starting at <paramref name="start"/>.</summary>
    public static IReadOnlyList<(double Radius, double Angle)> Place(int band, int count, double start, double sweep)
    {
        if (count == 0)
        {
            return [];
        }

        var laneCount = 1;
        while (laneCount < MaxLanes(band) && Lanes(band, laneCount).Sum(r => Capacity(r, sweep)) < count)
        {
            laneCount++;
        }

        var lanes = Lanes(band, laneCount);
        var capacities = lanes.Select(r => Capacity(r, sweep)).ToArray();
        var perLane = Share(capacities.Sum() == 0 ? [.. capacities.Select(_ => 1)] : capacities, count);
        var positions = new List<(double, double)>(count);
        for (var lane = 0; lane < lanes.Count; lane++)
        {
            for (var j = 0; j < perLane[lane]; j++)
            {
                positions.Add((lanes[lane], start + ((j + 0.5) * sweep / perLane[lane])));
            }
        }

        return positions;
    }

    private static int Capacity(double radius, double angle) => (int)Math.Floor((radius * angle / MapGeometry.NodeSpacing) + 1e-9);

    private static int MaxLanes(int band)
    {
        var room = MapGeometry.BandOuter(band) - MapGeometry.BandInner(band) - (2 * MapGeometry.Margin);
        return Math.Clamp((int)Math.Floor(room / MapGeometry.LaneSpacing) + 1, 1, 3);
    }

    /// <summary>Lane radii, outermost last; one lane sits in the middle of the band.</summary>
    private static IReadOnlyList<double> Lanes(int band, int count)
    {
        var inner = MapGeometry.BandInner(band) + MapGeometry.Margin;
        var outer = MapGeometry.BandOuter(band) - MapGeometry.NodeRadius - 1;
        if (count == 1)
        {
            return [(inner + outer) / 2];
        }

        return [.. Enumerable.Range(0, count).Select(i => inner + ((outer - inner) * i / (count - 1)))];
    }

    /// <summary>Gives each lane a share of the nodes in proportion to its room, outer lanes first on ties.</summary>
    private static int[] Share(int[] capacities, int count)
    {
        var shares = new int[capacities.Length];
        for (var placed = 0; placed < count; placed++)
        {
            var best = capacities.Length - 1;
            for (var lane = capacities.Length - 2; lane >= 0; lane--)
            {
                if (Fill(shares, capacities, lane) < Fill(shares, capacities, best))
                {
                    best = lane;
                }
            }

            shares[best]++;
        }

        return shares;
    }

    /// <summary>How full a lane is; a lane without room only takes nodes when no lane has any.</summary>
    private static double Fill(int[] shares, int[] capacities, int lane) =>
        capacities[lane] == 0 ? double.PositiveInfinity : (double)shares[lane] / capacities[lane];
}
