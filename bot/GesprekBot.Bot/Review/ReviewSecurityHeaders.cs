namespace GesprekBot.Bot.Review;

/// <summary>
/// Headers on everything under /review. No inline script or style is allowed anywhere; the map is
/// inline SVG with presentation attributes only, which CSP does not restrict.
/// frame-ancestors 'self' for now: Teams framing needs its hosts added here later.
/// </summary>
internal static class ReviewSecurityHeaders
{
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next();
    }
}
