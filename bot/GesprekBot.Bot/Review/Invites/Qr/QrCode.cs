using System.Text;

namespace GesprekBot.Bot.Review.Invites.Qr;

/// <summary>
/// A QR code (ISO/IEC 18004, model 2) for an invite link: byte mode (UTF-8), error-correction level M,
/// the smallest of versions 1–10 that fits, the mask with the lowest penalty. Written here because no
/// QR package is available to the project; it only encodes, and only what an invite link needs.
/// Layout follows the standard's steps, in the order of Nayuki's public-domain description.
/// </summary>
internal sealed class QrCode
{
    private readonly bool[,] modules;
    private readonly bool[,] isFunction;

    private QrCode(int version)
    {
        Version = version;
        Size = QrVersions.Size(version);
        modules = new bool[Size, Size];
        isFunction = new bool[Size, Size];
    }

    public int Version { get; }

    public int Size { get; }

    public int Mask { get; private set; }

    /// <summary>True for a dark module at column x, row y.</summary>
    public bool this[int x, int y] => modules[y, x];

    public static QrCode Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var data = Encoding.UTF8.GetBytes(text);
        var version = Enumerable.Range(1, QrVersions.Max).FirstOrDefault(v => 4 + QrVersions.CountBits(v) + (data.Length * 8) <= QrVersions.DataCodewords(v) * 8);
        if (version == 0)
        {
            throw new ArgumentException("Too long for a QR code of version 10 (level M).", nameof(text));
        }

        var code = new QrCode(version);
        code.DrawFunctionPatterns();
        code.DrawCodewords(QrCodewords.Build(data, version));
        code.Mask = Enumerable.Range(0, 8).MinBy(code.PenaltyWithMask);
        code.ApplyMask(code.Mask);
        code.DrawFormatBits(code.Mask);
        return code;
    }

    private int PenaltyWithMask(int mask)
    {
        ApplyMask(mask);
        DrawFormatBits(mask);
        var penalty = QrPenalty.Of(modules, Size);
        ApplyMask(mask);
        return penalty;
    }

    private void DrawFunctionPatterns()
    {
        for (var i = 0; i < Size; i++)
        {
            SetFunction(6, i, i % 2 == 0);
            SetFunction(i, 6, i % 2 == 0);
        }

        DrawFinder(3, 3);
        DrawFinder(Size - 4, 3);
        DrawFinder(3, Size - 4);
        var centres = QrVersions.AlignmentCentres(Version);
        var last = centres.Count - 1;
        for (var i = 0; i < centres.Count; i++)
        {
            for (var j = 0; j < centres.Count; j++)
            {
                // The three corners hold finder patterns.
                if (!((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)))
                {
                    DrawAlignment(centres[i], centres[j]);
                }
            }
        }

        DrawFormatBits(0);
        DrawVersion();
    }

    private void DrawFinder(int x, int y)
    {
        for (var dy = -4; dy <= 4; dy++)
        {
            for (var dx = -4; dx <= 4; dx++)
            {
                var distance = Math.Max(Math.Abs(dx), Math.Abs(dy));
                if (x + dx >= 0 && x + dx < Size && y + dy >= 0 && y + dy < Size)
                {
                    SetFunction(x + dx, y + dy, distance != 2 && distance != 4);
                }
            }
        }
    }

    private void DrawAlignment(int x, int y)
    {
        for (var dy = -2; dy <= 2; dy++)
        {
            for (var dx = -2; dx <= 2; dx++)
            {
                SetFunction(x + dx, y + dy, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
            }
        }
    }

    private void DrawFormatBits(int mask)
    {
        // Level M is 00; the 5 data bits get a BCH(15,5) remainder and the fixed XOR mask.
        var data = mask;
        var remainder = data;
        for (var i = 0; i < 10; i++)
        {
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
        }

        var bits = ((data << 10) | remainder) ^ 0x5412;
        for (var i = 0; i <= 5; i++)
        {
            SetFunction(8, i, Bit(bits, i));
        }

        SetFunction(8, 7, Bit(bits, 6));
        SetFunction(8, 8, Bit(bits, 7));
        SetFunction(7, 8, Bit(bits, 8));
        for (var i = 9; i < 15; i++)
        {
            SetFunction(14 - i, 8, Bit(bits, i));
        }

        for (var i = 0; i < 8; i++)
        {
            SetFunction(Size - 1 - i, 8, Bit(bits, i));
        }

        for (var i = 8; i < 15; i++)
        {
            SetFunction(8, Size - 15 + i, Bit(bits, i));
        }

        SetFunction(8, Size - 8, true);
    }

    private void DrawVersion()
    {
        if (Version < 7)
        {
            return;
        }

        var remainder = Version;
        for (var i = 0; i < 12; i++)
        {
            remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25);
        }

        var bits = (Version << 12) | remainder;
        for (var i = 0; i < 18; i++)
        {
            var a = Size - 11 + (i % 3);
            var b = i / 3;
            SetFunction(a, b, Bit(bits, i));
            SetFunction(b, a, Bit(bits, i));
        }
    }

    private void DrawCodewords(byte[] codewords)
    {
        var bit = 0;
        for (var right = Size - 1; right >= 1; right -= 2)
        {
            if (right == 6)
            {
                right = 5;
            }

            for (var vertical = 0; vertical < Size; vertical++)
            {
                for (var j = 0; j < 2; j++)
                {
                    var x = right - j;
                    var upward = ((right + 1) & 2) == 0;
                    var y = upward ? Size - 1 - vertical : vertical;
                    if (!isFunction[y, x] && bit < codewords.Length * 8)
                    {
                        modules[y, x] = Bit(codewords[bit >> 3], 7 - (bit & 7));
                        bit++;
                    }
                }
            }
        }
    }

    private void ApplyMask(int mask)
    {
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var invert = mask switch
                {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => ((x / 3) + (y / 2)) % 2 == 0,
                    5 => ((x * y % 2) + (x * y % 3)) == 0,
                    6 => (((x * y % 2) + (x * y % 3)) % 2) == 0,
                    _ => ((((x + y) % 2) + (x * y % 3)) % 2) == 0,
                };
                modules[y, x] ^= invert && !isFunction[y, x];
            }
        }
    }

    private void SetFunction(int x, int y, bool dark)
    {
        modules[y, x] = dark;
        isFunction[y, x] = true;
    }

    private static bool Bit(int value, int index) => ((value >> index) & 1) != 0;
}
