namespace GesprekBot.Bot.Review.Invites.Qr;

/// <summary>Versions 1–10 at error-correction level M (ISO/IEC 18004 table 9): enough for a link of about 200 bytes.</summary>
internal static class QrVersions
{
    public const int Max = 10;

    // Per version: EC codewords per block, then (blocks, data codewords per block) of group 1 and group 2.
    private static readonly (int Ec, int Blocks1, int Data1, int Blocks2, int Data2)[] LevelM =
    [
        (10, 1, 16, 0, 0), (16, 1, 28, 0, 0), (26, 1, 44, 0, 0), (18, 2, 32, 0, 0), (24, 2, 43, 0, 0),
        (16, 4, 27, 0, 0), (18, 4, 31, 0, 0), (22, 2, 38, 2, 39), (22, 3, 36, 2, 37), (26, 4, 43, 1, 44),
    ];

    private static readonly int[][] Alignment =
    [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
    ];

    public static int Size(int version) => (version * 4) + 17;

    public static int DataCodewords(int version)
    {
        var v = LevelM[version - 1];
        return (v.Blocks1 * v.Data1) + (v.Blocks2 * v.Data2);
    }

    public static (int Ec, int Blocks1, int Data1, int Blocks2, int Data2) Blocks(int version) => LevelM[version - 1];

    public static IReadOnlyList<int> AlignmentCentres(int version) => Alignment[version - 1];

    /// <summary>Bits of the byte-mode character count: 8 up to version 9, 16 from 10.</summary>
    public static int CountBits(int version) => version < 10 ? 8 : 16;
}
