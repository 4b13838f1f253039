using System.Globalization;
using System.Reflection;

namespace GesprekBot.TeamsPackage;

/// <summary>The tool's two commands: <c>package</c> (the app zip) and <c>icons</c> (redraw the PNGs).</summary>
internal static class PackageCommand
{
    private const string Usage = """
        usage:
          package --app-id GUID --bot-id GUID --host HOST [--privacy-url URL] [--terms-url URL] [--out FILE] [--template DIR]
              --app-id   the Teams app's own id (a new GUID per app, kept across versions)
              --bot-id   the Azure Bot's Microsoft App ID (the deployment's botAppId output)
              --host     the bot's host name, e.g. gesprekbot-caw.azurewebsites.net (no https://, no path)
              --privacy-url, --terms-url   the organisation's pages; default: the chat page https://HOST/
              --out      default: gesprekbot-teams.zip in the current folder
          icons [--template DIR]   redraw color.png and outline.png
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var (command, options) = Parse(args);
            var template = options.GetValueOrDefault("template") ?? DefaultTemplateDirectory();
            switch (command)
            {
                case "package":
                    var settings = ReadSettings(options);
                    var zip = Path.GetFullPath(options.GetValueOrDefault("out") ?? "gesprekbot-teams.zip");
                    TeamsAppPackage.Create(template, settings, zip);
                    output.WriteLine($"wrote {zip}");
                    return 0;
                case "icons":
                    File.WriteAllBytes(Path.Combine(template, TeamsAppPackage.ColorIcon), PngWriter.Encode(IconPainter.ColorSize, IconPainter.ColorSize, IconPainter.PaintColor()));
                    File.WriteAllBytes(Path.Combine(template, TeamsAppPackage.OutlineIcon), PngWriter.Encode(IconPainter.OutlineSize, IconPainter.OutlineSize, IconPainter.PaintOutline()));
                    output.WriteLine($"wrote {TeamsAppPackage.ColorIcon} and {TeamsAppPackage.OutlineIcon} in {template}");
                    return 0;
                default:
                    throw new ArgumentException(command is null ? "no command given" : $"unknown command '{command}'");
            }
        }
        catch (ArgumentException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine(Usage);
            return 2;
        }
    }

    internal static PackageSettings ReadSettings(IReadOnlyDictionary<string, string> options)
    {
        var appId = RequiredGuid(options, "app-id");
        var botId = RequiredGuid(options, "bot-id");
        var host = options.GetValueOrDefault("host")?.Trim().ToLowerInvariant();
        // Teams wants the bare host in validDomains; a scheme, port or path would not match the bot's pages.
        if (string.IsNullOrEmpty(host) || Uri.CheckHostName(host) != UriHostNameType.Dns)
        {
            throw new ArgumentException("--host must be a DNS host name such as gesprekbot-caw.azurewebsites.net (no scheme, port or path)");
        }

        var chatPage = new Uri($"https://{host}/");
        return new PackageSettings(appId, botId, host, OptionalUrl(options, "privacy-url") ?? chatPage, OptionalUrl(options, "terms-url") ?? chatPage);
    }

    private static (string? Command, Dictionary<string, string> Options) Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            }

            options[args[i][2..]] = args[++i];
        }

        return (args.Length > 0 ? args[0] : null, options);
    }

    private static Guid RequiredGuid(IReadOnlyDictionary<string, string> options, string name) =>
        Guid.TryParse(options.GetValueOrDefault(name), CultureInfo.InvariantCulture, out var value) && value != Guid.Empty
            ? value
            : throw new ArgumentException($"--{name} must be a GUID");

    private static Uri? OptionalUrl(IReadOnlyDictionary<string, string> options, string name)
    {
        if (options.GetValueOrDefault(name) is not { } text)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps
            ? url
            : throw new ArgumentException($"--{name} must be an https:// URL");
    }

    /// <summary>The folder above this project (manifest.json and the icons), recorded at build time.</summary>
    private static string DefaultTemplateDirectory() =>
        typeof(PackageCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "TemplateDirectory").Value!;
}
