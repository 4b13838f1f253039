namespace GesprekBot.TeamsPackage;

/// <summary>
/// Draws the two Teams icons from shapes (a speech bubble holding a small network: a conversation
/// about the people around you), sampled 4×4 per pixel for smooth edges.
/// </summary>
internal static class IconPainter
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>The manifest's accentColor; also the colour icon's background.</summary>
    public const string AccentColor = "#1F6F8B";

    private const int Samples = 4;
    private static readonly (byte R, byte G, byte B) Accent = (0x1F, 0x6F, 0x8B);
    private static readonly (double X, double Y)[] Members = [(0.31, 0.34), (0.69, 0.34), (0.33, 0.57), (0.67, 0.57)];
    private static readonly (double X, double Y) Client = (0.50, 0.45);

    /// <summary>192×192, opaque: a white bubble on the accent colour, the network inside in the accent colour.</summary>
    public static byte[] PaintColor()
    {
        return Paint(ColorSize, (x, y) =>
        {
            if (Bubble(x, y) > 0)
            {
                return Accent;
            }

            return Network(x, y, memberRadius: 0.045, clientRadius: 0.065, linkWidth: 0.028) ? Accent : ((byte)255, (byte)255, (byte)255);
        }, opaque: true);
    }

    /// <summary>32×32: only white, on a transparent background (what Teams asks of an outline icon).</summary>
    public static byte[] PaintOutline()
    {
        return Paint(OutlineSize, (x, y) =>
        {
            var inStroke = Math.Abs(Bubble(x, y)) <= 0.035;
            var inNetwork = Bubble(x, y) < 0 && Network(x, y, memberRadius: 0.06, clientRadius: 0.08, linkWidth: 0.045);
            return inStroke || inNetwork ? ((byte)255, (byte)255, (byte)255) : null;
        }, opaque: false);
    }

    private static byte[] Paint(int size, Func<double, double, (byte R, byte G, byte B)?> sample, bool opaque)
    {
        var rgba = new byte[size * size * 4];
        for (var py = 0; py < size; py++)
        {
            for (var px = 0; px < size; px++)
            {
                double r = 0, g = 0, b = 0;
                var covered = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        var x = (px + ((sx + 0.5) / Samples)) / size;
                        var y = (py + ((sy + 0.5) / Samples)) / size;
                        if (sample(x, y) is { } colour)
                        {
                            r += colour.R;
                            g += colour.G;
                            b += colour.B;
                            covered++;
                        }
                    }
                }

                var offset = ((py * size) + px) * 4;
                if (covered > 0)
                {
                    rgba[offset] = (byte)Math.Round(r / covered);
                    rgba[offset + 1] = (byte)Math.Round(g / covered);
                    rgba[offset + 2] = (byte)Math.Round(b / covered);
                }

                rgba[offset + 3] = opaque ? (byte)255 : (byte)Math.Round(255.0 * covered / (Samples * Samples));
            }
        }

        return rgba;
    }

    /// <summary>Signed distance to the bubble (negative inside): a rounded rectangle with a tail at the bottom left.</summary>
    private static double Bubble(double x, double y) =>
        Math.Min(RoundedRectangle(x, y, 0.14, 0.17, 0.86, 0.71, 0.13), Triangle(x, y, (0.27, 0.66), (0.46, 0.66), (0.22, 0.86)));

    private static bool Network(double x, double y, double memberRadius, double clientRadius, double linkWidth)
    {
        if (Distance(x, y, Client) <= clientRadius)
        {
            return true;
        }

        foreach (var member in Members)
        {
            if (Distance(x, y, member) <= memberRadius || SegmentDistance(x, y, Client, member) <= linkWidth / 2)
            {
                return true;
            }
        }

        return false;
    }

    private static double Distance(double x, double y, (double X, double Y) point) => Math.Sqrt(((x - point.X) * (x - point.X)) + ((y - point.Y) * (y - point.Y)));

    private static double SegmentDistance(double x, double y, (double X, double Y) a, (double X, double Y) b)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        var t = Math.Clamp((((x - a.X) * dx) + ((y - a.Y) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
        return Distance(x, y, (a.X + (t * dx), a.Y + (t * dy)));
    }

    private static double RoundedRectangle(double x, double y, double left, double top, double right, double bottom, double radius)
    {
        var qx = Math.Abs(x - ((left + right) / 2)) - (((right - left) / 2) - radius);
        var qy = Math.Abs(y - ((top + bottom) / 2)) - (((bottom - top) / 2) - radius);
        var outside = Math.Sqrt((Math.Max(qx, 0) * Math.Max(qx, 0)) + (Math.Max(qy, 0) * Math.Max(qy, 0)));
        return outside + Math.Min(Math.Max(qx, qy), 0) - radius;
    }

    private static double Triangle(double x, double y, (double X, double Y) a, (double X, double Y) b, (double X, double Y) c)
    {
        var distance = Math.Min(SegmentDistance(x, y, a, b), Math.Min(SegmentDistance(x, y, b, c), SegmentDistance(x, y, c, a)));
        var inside = SameSide(x, y, a, b, c) && SameSide(x, y, b, c, a) && SameSide(x, y, c, a, b);
        return inside ? -distance : distance;
    }

    private static bool SameSide(double x, double y, (double X, double Y) a, (double X, double Y) b, (double X, double Y) opposite)
    {
        static double Cross((double X, double Y) a, (double X, double Y) b, double x, double y) => ((b.X - a.X) * (y - a.Y)) - ((b.Y - a.Y) * (x - a.X));
        return Cross(a, b, x, y) * Cross(a, b, opposite.X, opposite.Y) >= 0;
    }
}
