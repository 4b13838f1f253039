namespace GesprekBot.Bot.Review.Invites.Qr;

/// <summary>Reed-Solomon error correction over GF(256) with the QR polynomial x^8+x^4+x^3+x^2+1 (ISO/IEC 18004 §7.5).</summary>
internal static class ReedSolomon
{
    public static byte[] Remainder(ReadOnlySpan<byte> data, int degree)
    {
        var divisor = Divisor(degree);
        var result = new byte[degree];
        foreach (var b in data)
        {
            var factor = (byte)(b ^ result[0]);
            Array.Copy(result, 1, result, 0, degree - 1);
            result[degree - 1] = 0;
            for (var i = 0; i < degree; i++)
            {
                result[i] ^= Multiply(divisor[i], factor);
            }
        }

        return result;
    }

    // The generator (x - a^0)(x - a^1)...(x - a^(degree-1)), leading 1 left out.
    private static byte[] Divisor(int degree)
    {
        var result = new byte[degree];
        result[degree - 1] = 1;
        byte root = 1;
        for (var i = 0; i < degree; i++)
        {
            for (var j = 0; j < degree; j++)
            {
                result[j] = Multiply(result[j], root);
                if (j + 1 < degree)
                {
                    result[j] ^= result[j + 1];
                }
            }

            root = Multiply(root, 0x02);
        }

        return result;
    }

    private static byte Multiply(byte x, byte y)
    {
        var z = 0;
        for (var i = 7; i >= 0; i--)
        {
            z = (z << 1) ^ ((z >> 7) * 0x11D);
            z ^= ((y >> i) & 1) * x;
        }

        return (byte)z;
    }
}
