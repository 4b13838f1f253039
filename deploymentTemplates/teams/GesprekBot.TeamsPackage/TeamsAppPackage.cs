using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace GesprekBot.TeamsPackage;

/// <summary>The values an operator supplies; everything else is in the template.</summary>
internal sealed record PackageSettings(Guid AppId, Guid BotId, string HostName, Uri PrivacyUrl, Uri TermsUrl);

/// <summary>Builds the Teams app package: manifest.json, color.png and outline.png at the zip's root, nothing else.</summary>
internal static class TeamsAppPackage
{
    public const string ManifestFile = "manifest.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    public static readonly IReadOnlyList<string> Entries = [ManifestFile, ColorIcon, OutlineIcon];

    /// <summary>Replaces the template's placeholders; the result is what Teams receives.</summary>
    public static string FillManifest(string template, PackageSettings settings)
    {
        var filled = template
            .Replace("{{APP_ID}}", settings.AppId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{BOT_ID}}", settings.BotId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{HOST_NAME}}", settings.HostName, StringComparison.Ordinal)
            .Replace("{{PRIVACY_URL}}", settings.PrivacyUrl.AbsoluteUri, StringComparison.Ordinal)
            .Replace("{{TERMS_URL}}", settings.TermsUrl.AbsoluteUri, StringComparison.Ordinal);
        var left = filled.IndexOf("{{", StringComparison.Ordinal);
        if (left >= 0)
        {
            throw new InvalidOperationException($"The manifest template has a placeholder this tool does not know: {filled[left..Math.Min(filled.Length, left + 30)]}");
        }

        // Parsing proves the substitutions kept the JSON intact (a host name cannot break out of its string).
        _ = JsonNode.Parse(filled);
        return filled;
    }

    /// <summary>Writes the zip to <paramref name="zipPath"/> from the template folder (manifest.json and the two icons).</summary>
    public static void Create(string templateDirectory, PackageSettings settings, string zipPath)
    {
        var manifest = FillManifest(File.ReadAllText(Path.Combine(templateDirectory, ManifestFile)), settings);
        var directory = Path.GetDirectoryName(Path.GetFullPath(zipPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.Delete(zipPath);
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        var entry = zip.CreateEntry(ManifestFile, CompressionLevel.Optimal);
        using (var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.Write(manifest);
        }

        zip.CreateEntryFromFile(Path.Combine(templateDirectory, ColorIcon), ColorIcon, CompressionLevel.Optimal);
        zip.CreateEntryFromFile(Path.Combine(templateDirectory, OutlineIcon), OutlineIcon, CompressionLevel.Optimal);
    }
}
