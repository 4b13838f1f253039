using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// URLs handed to clients, built from the request so they point back at this host, with the
/// WebSocket scheme matching the page's (wss behind https, or the browser refuses the stream).
/// </summary>
internal static class DirectLineUrls
{
    public const string BasePath = "/v3/directline";

    /// <summary>The bot's own base URL, used as the activities' serviceUrl.</summary>
    public static Uri ServiceUrl(HttpRequest request) =>
        new(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, "/"));

    public static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var path = request.PathBase.Add($"{BasePath}/conversations/{conversationId}/stream");
        var query = string.IsNullOrEmpty(watermark)
            ? $"?t={Uri.EscapeDataString(token)}"
            : string.Create(CultureInfo.InvariantCulture, $"?watermark={Uri.EscapeDataString(watermark)}&t={Uri.EscapeDataString(token)}");
        return $"{scheme}://{request.Host.ToUriComponent()}{path.ToUriComponent()}{query}";
    }
}
