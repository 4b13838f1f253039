namespace GesprekBot.Bot.Review.Invites.Qr;

/// <summary>The mask penalty of ISO/IEC 18004 §7.8.3 (runs, 2×2 blocks, finder-like patterns, dark balance): it only picks the most readable mask.</summary>
internal static class QrPenalty
{
    private static readonly bool[] FinderLike = [true, false, true, true, true, false, true, false, false, false, false];

    public static int Of(bool[,] m, int size)
    {
        var penalty = 0;
        for (var i = 0; i < size; i++)
        {
            penalty += Line(j => m[i, j], size) + Line(j => m[j, i], size);
        }

        var dark = 0;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                dark += m[y, x] ? 1 : 0;
                if (x + 1 < size && y + 1 < size && m[y, x] == m[y, x + 1] && m[y, x] == m[y + 1, x] && m[y, x] == m[y + 1, x + 1])
                {
                    penalty += 3;
                }
            }
        }

        var total = size * size;
        var k = ((Math.Abs((dark * 20) - (total * 10)) + total - 1) / total) - 1;
        return penalty + (Math.Max(0, k) * 10);
    }

    private static int Line(Func<int, bool> at, int size)
    {
        var penalty = 0;
        var run = 1;
        for (var i = 1; i <= size; i++)
        {
            if (i < size && at(i) == at(i - 1))
            {
                run++;
                continue;
            }

            penalty += run >= 5 ? run - 2 : 0;
            run = 1;
        }

        for (var i = 0; i + FinderLike.Length <= size; i++)
        {
            if (Matches(at, i, forward: true) || Matches(at, i, forward: false))
            {
                penalty += 40;
            }
        }

        return penalty;
    }

    private static bool Matches(Func<int, bool> at, int start, bool forward)
    {
        for (var k = 0; k < FinderLike.Length; k++)
        {
            if (at(start + k) != FinderLike[forward ? k : FinderLike.Length - 1 - k])
            {
                return false;
            }
        }

        return true;
    }
}
