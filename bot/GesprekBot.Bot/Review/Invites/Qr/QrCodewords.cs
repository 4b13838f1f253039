namespace GesprekBot.Bot.Review.Invites.Qr;

/// <summary>The data bit stream (byte mode), padded, split into blocks, each with its error correction, interleaved.</summary>
internal static class QrCodewords
{
    public static byte[] Build(byte[] data, int version)
    {
        var capacity = QrVersions.DataCodewords(version) * 8;
        var bits = new List<bool>(capacity);
        Append(bits, 0b0100, 4);
        Append(bits, data.Length, QrVersions.CountBits(version));
        foreach (var b in data)
        {
            Append(bits, b, 8);
        }

        Append(bits, 0, Math.Min(4, capacity - bits.Count));
        Append(bits, 0, (8 - (bits.Count % 8)) % 8);
        for (var pad = 0xEC; bits.Count < capacity; pad ^= 0xEC ^ 0x11)
        {
            Append(bits, pad, 8);
        }

        var codewords = new byte[bits.Count / 8];
        for (var i = 0; i < bits.Count; i++)
        {
            codewords[i >> 3] |= (byte)((bits[i] ? 1 : 0) << (7 - (i & 7)));
        }

        return Interleave(codewords, version);
    }

    private static byte[] Interleave(byte[] codewords, int version)
    {
        var (ec, blocks1, data1, blocks2, data2) = QrVersions.Blocks(version);
        var blocks = new List<(byte[] Data, byte[] Ec)>();
        var offset = 0;
        foreach (var length in Enumerable.Repeat(data1, blocks1).Concat(Enumerable.Repeat(data2, blocks2)))
        {
            var block = codewords.AsSpan(offset, length).ToArray();
            blocks.Add((block, ReedSolomon.Remainder(block, ec)));
            offset += length;
        }

        var result = new List<byte>();
        for (var i = 0; i < Math.Max(data1, data2); i++)
        {
            result.AddRange(blocks.Where(b => i < b.Data.Length).Select(b => b.Data[i]));
        }

        for (var i = 0; i < ec; i++)
        {
            result.AddRange(blocks.Select(b => b.Ec[i]));
        }

        return [.. result];
    }

    private static void Append(List<bool> bits, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            bits.Add(((value >> i) & 1) != 0);
        }
    }
}
