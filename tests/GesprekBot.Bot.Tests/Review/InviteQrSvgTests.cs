using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GesprekBot.Bot.Review.Invites;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace GesprekBot.Bot.Tests.Review;

public sealed partial class InviteQrSvgTests
{
    private const int QuietZone = 4;

    // Decoded back to the link by zbarimg (zbar-tools) from Chromium's rendering of the earlier own encoder;
    // QRCoder draws the same modules (level M, version 3, the same mask), which keeps that check valid.
    // QRCoder's SVGs of the theory below (GESPREKBOT_QR_DUMP=folder writes them) were also rasterised by
    // rsvg-convert and read back by zbarimg, all five sizes.
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
        var modules = Modules(InviteQrSvg.Render("https://bot.example/?invite=ABCDEFGHJK"));

        Assert.Equal(InviteLinkVersion3, Rows(modules));
    }

    [Theory]
    [InlineData("https://bot.example/?invite=ABCDEFGHJK", 3)]
    [InlineData("HELLO WORLD", 1)]
    [InlineData("https://gesprekbot.caw-oost.be/chat/?invite=K7Q2M4PRTX&lang=nl-BE&source=brochure-2026", 6)]
    [InlineData("https://gesprekbot.caw-oost.be/chat/?invite=K7Q2M4PRTX&lang=nl-BE&source=brochure-2026&campaign=spring-intakes-oost-vlaanderen-regio-gent-centrum-en-omliggende-gemeenten-met-extra-lange-parameters-voor-versie-tien", 10)]
    [InlineData("https://gesprekbot.caw-oost.be/chat/?invite=K7Q2M4PRTX&lang=nl-BE&source=brochure-2026&campaign=spring-intakes-oost-vlaanderen-regio-gent-centrum-en-omliggende-gemeenten-met-extra-lange-parameters-voor-versie-tien-en-nog-wat-langer-dan-wat-de-eigen-encoder-aankon", 12)]
    public void The_svg_decodes_back_to_the_link_at_the_smallest_version(string link, int version)
    {
        var svg = InviteQrSvg.Render(link);
        var modules = Modules(svg);

        Assert.Equal((version * 4) + 17, modules.GetLength(0));
        Assert.Equal(link, Decode(modules));
        var dump = Environment.GetEnvironmentVariable("GESPREKBOT_QR_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            File.WriteAllText(Path.Combine(dump, $"qr-v{version}.svg"), svg);
        }
    }

    [Fact]
    public void The_svg_holds_only_shapes_a_light_margin_and_no_link_text()
    {
        var svg = XElement.Parse(InviteQrSvg.Render("https://bot.example/?invite=<script>"));

        Assert.Equal(["svg", "rect", "path"], svg.DescendantsAndSelf().Select(e => e.Name.LocalName));
        Assert.DoesNotContain(svg.DescendantsAndSelf().Attributes(), a => a.Name.LocalName is "href" or "style" || a.Value.Contains("script", StringComparison.Ordinal));
        Assert.Equal("0 0 37 37", (string?)svg.Attribute("viewBox"));
    }

    /// <summary>The dark modules of the symbol (without the quiet zone), read from the path's one-row runs "M{x} {y}h{w}v1h-{w}z".</summary>
    private static bool[,] Modules(string svg)
    {
        var root = XElement.Parse(svg);
        var box = ((string?)root.Attribute("viewBox"))!.Split(' ');
        var size = int.Parse(box[2], CultureInfo.InvariantCulture) - (2 * QuietZone);
        var path = (string?)root.Elements().Single(e => e.Name.LocalName == "path").Attribute("d");
        var modules = new bool[size, size];
        var runs = Run().Matches(path!);
        Assert.Equal(path!.Length, runs.Sum(r => r.Length));
        foreach (Match run in runs)
        {
            var x = int.Parse(run.Groups["x"].Value, CultureInfo.InvariantCulture) - QuietZone;
            var y = int.Parse(run.Groups["y"].Value, CultureInfo.InvariantCulture) - QuietZone;
            var width = int.Parse(run.Groups["w"].Value, CultureInfo.InvariantCulture);
            for (var i = 0; i < width; i++)
            {
                modules[y, x + i] = true;
            }
        }

        return modules;
    }

    private static IEnumerable<string> Rows(bool[,] modules) =>
        Enumerable.Range(0, modules.GetLength(0)).Select(y => new string([.. Enumerable.Range(0, modules.GetLength(1)).Select(x => modules[y, x] ? '#' : '.')]));

    /// <summary>Draws the modules with their quiet zone as a grey image, 3 pixels a module, and reads it with ZXing's QR reader.</summary>
    private static string? Decode(bool[,] modules)
    {
        const int Scale = 3;
        var side = (modules.GetLength(0) + (2 * QuietZone)) * Scale;
        var pixels = new byte[side * side];
        for (var py = 0; py < side; py++)
        {
            for (var px = 0; px < side; px++)
            {
                var (x, y) = ((px / Scale) - QuietZone, (py / Scale) - QuietZone);
                var dark = x >= 0 && y >= 0 && x < modules.GetLength(0) && y < modules.GetLength(0) && modules[y, x];
                pixels[(py * side) + px] = dark ? (byte)0 : (byte)255;
            }
        }

        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, side, side, RGBLuminanceSource.BitmapFormat.Gray8)));
        return new QRCodeReader().decode(image)?.Text;
    }

    [GeneratedRegex(@"M(?<x>\d+) (?<y>\d+)h(?<w>\d+)v1h-\k<w>z")]
    private static partial Regex Run();
}
