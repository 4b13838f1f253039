using GesprekBot.Bot.Review.Invites.Qr;

namespace GesprekBot.Bot.Tests.Review;

public sealed class QrCodeTests
{
    // Decoded back to the link by zbarimg (zbar-tools) from Chromium's rendering of QrSvg's output,
    // as were the other sizes in the theory below (versions 1, 3, 6, 9 and 10: one and several blocks, version information, 16-bit length).
    private static readonly string[] InviteLinkVersion3 =
    [
        "#######..#..##.######.#######",
        "#.....#..##..#.#.#..#.#.....#",
        "#.###.#.#.#....#..#...#.###.#",
        "#.###.#.#.##..#..#.#..#.###.#",
        "#.###.#.#....#.##..##.#.###.#",
        "#.....#.#..###.###..#.#.....#",
        "#######.#.#.#.#.#.#.#.#######",
        "........#.###.#.#.###........",
        "#.#####..#.#...#.#.##.#####..",
        "##.#...#.##..#.#####.####...#",
        "##...######.####..#.#........",
        ".#...#....#.##..#..##..#.#.#.",
        ".#...#####..#.##.#.#.....##..",
        "#...#...#####..##..#..#.#...#",
        "#.######...##..##...###.###..",
        "..####.##...#.###.#.##.##..#.",
        "#.....##.####..#.#.....#.##..",
        "#####..#.###.####.#######.#.#",
        "#.#...##..#..###.....#.#..#..",
        "#..#.#..##...#.##...#..#...#.",
        "#.##.##..###..##.########.###",
        "........#.###..###..#...#####",
        "#######..##....##..##.#.###..",
        "#.....#.#####.#....##...#..##",
        "#.###.#.##.....#....#####.#..",
        "#.###.#.#..#.####.#......####",
        "#.###.#.#..#.#.#..#..#######.",
        "#.....#.....#......##.#..#.#.",
        "#######.####...#...#....#.#..",
    ];

    [Fact]
    public void An_invite_link_gives_the_verified_modules()
    {
        var code = QrCode.Encode("https://bot.example/?invite=ABCDEFGHJK");

        var rows = Enumerable.Range(0, code.Size).Select(y => new string([.. Enumerable.Range(0, code.Size).Select(x => code[x, y] ? '#' : '.')]));
        Assert.Equal(InviteLinkVersion3, rows);
    }

    [Fact]
    public void The_svg_holds_only_numbers_and_a_quiet_zone()
    {
        var svg = QrSvg.Render(QrCode.Encode("https://bot.example/?invite=<script>"));

        Assert.DoesNotContain("script", svg, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 37 37\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_too_long_for_version_10_is_refused() =>
        Assert.Throws<ArgumentException>(() => QrCode.Encode(new string('x', 300)));

    [Theory]
    [InlineData("https://bot.example/?invite=ABCDEFGHJK", 3)]
    [InlineData("HELLO WORLD", 1)]
    [InlineData("https://gesprekbot.caw-oost.be/chat/?invite=K7Q2M4PRTX&lang=nl-BE&source=brochure-2026", 6)]
    [InlineData("https://gesprekbot.caw-oost.be/chat/?invite=K7Q2M4PRTX&lang=nl-BE&source=brochure-2026&campaign=spring-intakes-oost-vlaanderen-regio-gent-centrum-en-omliggende", 9)]
    [InlineData("https://gesprekbot.caw-oost.be/chat/?invite=K7Q2M4PRTX&lang=nl-BE&source=brochure-2026&campaign=spring-intakes-oost-vlaanderen-regio-gent-centrum-en-omliggende-gemeenten-met-extra-lange-parameters-voor-versie-tien", 10)]
    public void The_smallest_version_that_fits_is_chosen(string text, int version)
    {
        var code = QrCode.Encode(text);

        Assert.Equal(version, code.Version);
        Assert.Equal((version * 4) + 17, code.Size);
        var dump = Environment.GetEnvironmentVariable("GESPREKBOT_QR_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            File.WriteAllText(Path.Combine(dump, $"qr-v{version}.svg"), QrSvg.Render(code));
        }
    }
}
