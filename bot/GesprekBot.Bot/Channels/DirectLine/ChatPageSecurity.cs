using Microsoft.Net.Http.Headers;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>Security headers of the chat page and the origin rule of its token endpoint.</summary>
internal static class ChatPageSecurity
{
    // SHA-256 of "", base64: the style attribute value Web Chat writes.
    private const string EmptyStyleHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    /// <summary>
    /// Scripts only from our own files; styles from our files and the nonce'd elements Web Chat
    /// creates; connections only back to this host (REST and the stream). Web Chat also sets
    /// empty style attributes; the hash of the empty string allows exactly those and nothing else.
    /// Framing only by the organisation sites in <c>ChatPage:FrameAncestors</c> (validated as
    /// origins at start, so none can add a directive).
    /// </summary>
    public static void Apply(HttpContext context, string nonce, IEnumerable<string> frameAncestors)
    {
        var ancestors = string.Join(' ', frameAncestors);
        var host = context.Request.Host.ToUriComponent();
        var socket = context.Request.IsHttps ? "wss" : "ws";
        var headers = context.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            $"style-src 'self' 'nonce-{nonce}' 'unsafe-hashes' '{EmptyStyleHash}'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            $"connect-src 'self' {socket}://{host}",
            "base-uri 'none'",
            "form-action 'none'",
            $"frame-ancestors {(ancestors.Length == 0 ? "'none'" : ancestors)}");
        ApplyCommon(context);
    }

    /// <summary>For every file of the page: no MIME sniffing, no referrer leaking the invite code.</summary>
    public static void ApplyCommon(HttpContext context)
    {
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>Same origin always; other origins only when configured. No Origin header: not a browser's cross-site call.</summary>
    public static bool IsAllowedOrigin(HttpRequest request, DirectLineOptions options)
    {
        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        var own = $"{request.Scheme}://{request.Host.ToUriComponent()}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || options.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase);
    }
}
