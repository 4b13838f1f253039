using System.Text;
using Microsoft.AspNetCore.StaticAssets;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// The chat page HTML with the fingerprinted names of this build's files (chat.abc123.css), which
/// are served with a year of immutable caching; a new build has new names, so a phone downloads
/// Web Chat once per release. A file without a fingerprinted route (wwwroot/lib missing in a
/// -p:SkipClientApp build) keeps its plain name, which is still served (revalidated by ETag).
/// </summary>
internal sealed class ChatPageTemplate
{
    private const string NoncePlaceholder = "__CSP_NONCE__";

    /// <summary>The files the template links, as written in it (relative, so a sub-path works).</summary>
    internal static readonly string[] PageFiles = ["chat.css", "lib/webchat.js", "chat.js"];

    private readonly string html;

    public ChatPageTemplate(IEnumerable<StaticAssetDescriptor> assets)
    {
        var routes = FingerprintedRoutes(assets);
        var text = new StringBuilder(ReadEmbeddedTemplate());
        foreach (var file in PageFiles)
        {
            if (routes.TryGetValue(file, out var route))
            {
                text.Replace($"\"{file}\"", $"\"{route}\"");
            }
        }

        html = text.ToString();
    }

    public string Render(string nonce) => html.Replace(NoncePlaceholder, nonce, StringComparison.Ordinal);

    /// <summary>Label (the plain path) → fingerprinted route, from the build's static asset manifest.</summary>
    internal static Dictionary<string, string> FingerprintedRoutes(IEnumerable<StaticAssetDescriptor> assets)
    {
        var routes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            var label = asset.Properties.FirstOrDefault(p => p.Name == "label")?.Value;
            var fingerprinted = asset.Properties.Any(p => p.Name == "fingerprint") && label is not null && asset.Route != label;
            if (fingerprinted)
            {
                routes.TryAdd(label!, asset.Route);
            }
        }

        return routes;
    }

    private static string ReadEmbeddedTemplate()
    {
        using var stream = typeof(ChatPageTemplate).Assembly.GetManifestResourceStream("GesprekBot.Bot.ChatPage.html")
            ?? throw new InvalidOperationException("The chat page template is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
