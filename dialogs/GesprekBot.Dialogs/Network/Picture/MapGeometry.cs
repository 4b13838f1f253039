using System.Globalization;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// The fixed measures of the picture, in viewBox units. Rings are equally wide, as on a paper
/// Inclusieweb, so a caseworker reads distance the same way on every map; the band outside ring 4
/// holds the members the client did not place yet.
/// </summary>
internal static class MapGeometry
{
    public const double Width = 1000;
    public const double Height = 1000;
    public const double CentreX = 500;
    public const double CentreY = 430;
    public const double CentreRadius = 42;
    public const double UnplacedBand = 5;
    public const double OuterRadius = 370;
    public const double DomainLabelRadius = 386;

    /// <summary>A node's shape fits in a circle of this radius.</summary>
    public const double NodeRadius = 10;

    /// <summary>Distance kept between a node's edge and a ring or sector line.</summary>
    public const double Margin = 11;

    /// <summary>Centre-to-centre distance along a lane (room for the shape and some air).</summary>
    public const double NodeSpacing = 24;

    /// <summary>Centre-to-centre distance between lanes of one ring; more than two node radii, so lanes never touch.</summary>
    public const double LaneSpacing = 22;

    private static readonly double[] RingOuterRadii = [110, 178, 246, 314];

    public static IReadOnlyList<double> RingRadii => RingOuterRadii;

    /// <summary>Band 1–4 is the ring; band 5 is "not placed yet".</summary>
    public static int BandOf(int? ring) =>
        ring is >= NetworkMember.InnermostRing and <= NetworkMember.OutermostRing ? ring.Value : (int)UnplacedBand;

    public static double BandInner(int band) => band == 1 ? CentreRadius : RingOuterRadii[band - 2];

    public static double BandOuter(int band) => band <= RingOuterRadii.Length ? RingOuterRadii[band - 1] : OuterRadius;

    /// <summary>Angles are in radians, clockwise from "three o'clock" because SVG's y axis points down.</summary>
    public static (double X, double Y) Point(double radius, double angle) =>
        (CentreX + (radius * Math.Cos(angle)), CentreY + (radius * Math.Sin(angle)));

    /// <summary>Numbers in the SVG: invariant, two decimals at most, never "-0", so output is byte-stable.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }
}
