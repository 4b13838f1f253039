using System.IO.Compression;
using GesprekBot.TeamsPackage;

namespace GesprekBot.Deployment.Tests.Teams;

public sealed class PackageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gesprekbot-teams-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Package_command_writes_a_zip_with_exactly_the_manifest_and_two_icons_at_its_root()
    {
        var zip = Path.Combine(_folder, "app.zip");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = PackageCommand.Run(
            ["package", "--app-id", Samples.Settings.AppId.ToString(), "--bot-id", Samples.Settings.BotId.ToString(),
             "--host", "GesprekBot-CAW-Oost.azurewebsites.net", "--out", zip],
            output, error);

        Assert.Equal(0, exit);
        Assert.Equal("", error.ToString());
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
        var manifest = Read(archive, "manifest.json");
        Assert.Empty(TeamsManifestSchema.Validate(System.Text.Encoding.UTF8.GetString(manifest)));
        Assert.Contains("\"gesprekbot-caw-oost.azurewebsites.net\"", System.Text.Encoding.UTF8.GetString(manifest), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Teams, "color.png")), Read(archive, "color.png"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Teams, "outline.png")), Read(archive, "outline.png"));
    }

    [Fact]
    public void Package_command_overwrites_an_older_zip()
    {
        var zip = Path.Combine(_folder, "app.zip");
        File.WriteAllText(zip, "old");

        TeamsAppPackage.Create(RepositoryPaths.Teams, Samples.Settings, zip);

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(3, archive.Entries.Count);
    }

    [Theory]
    [InlineData("--host", "https://gesprekbot.azurewebsites.net")]
    [InlineData("--host", "gesprekbot.azurewebsites.net/api")]
    [InlineData("--app-id", "not-a-guid")]
    [InlineData("--bot-id", "00000000-0000-0000-0000-000000000000")]
    [InlineData("--privacy-url", "http://www.caw.example/privacy")]
    public void Package_command_refuses_a_bad_value_and_writes_nothing(string option, string value)
    {
        var zip = Path.Combine(_folder, "app.zip");
        var options = new Dictionary<string, string>
        {
            ["--app-id"] = Samples.Settings.AppId.ToString(),
            ["--bot-id"] = Samples.Settings.BotId.ToString(),
            ["--host"] = Samples.Settings.HostName,
            ["--out"] = zip,
            [option] = value,
        };
        var error = new StringWriter();

        var exit = PackageCommand.Run(["package", .. options.SelectMany(pair => new[] { pair.Key, pair.Value })], TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains(option, error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void Colour_icon_is_192_by_192_and_opaque()
    {
        var icon = PngImage.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.Teams, "color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), pixel => Assert.Equal(255, pixel.A));
        Assert.True(icon.Pixels().Select(pixel => (pixel.R, pixel.G, pixel.B)).Distinct().Count() > 2, "a colour icon, not a blank square");
    }

    [Fact]
    public void Outline_icon_is_32_by_32_white_on_transparent()
    {
        var icon = PngImage.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.Teams, "outline.png")));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        var visible = icon.Pixels().Where(pixel => pixel.A > 0).ToList();
        Assert.All(visible, pixel => Assert.Equal((255, 255, 255), (pixel.R, pixel.G, pixel.B)));
        Assert.InRange(visible.Count, 32 * 32 / 10, 32 * 32 / 2);
        Assert.Equal(0, icon.Pixels().First().A); // the corners are transparent
    }

    [Fact]
    public void Committed_icons_are_what_the_painter_draws()
    {
        // Run `dotnet run --project deploymentTemplates/teams/GesprekBot.TeamsPackage -- icons` after changing IconPainter.
        Assert.Equal(IconPainter.PaintColor(), PngImage.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.Teams, "color.png"))).Rgba);
        Assert.Equal(IconPainter.PaintOutline(), PngImage.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.Teams, "outline.png"))).Rgba);
    }

    private static byte[] Read(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
