using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using static GesprekBot.Bot.Channels.DirectLine.DirectLineMessages;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// The chat page at "/" and its token endpoint. The page never sees the Direct Line secret: it
/// asks /api/chat/token for a short-lived token for a fresh user, carrying the invite code (when
/// its format is valid) inside the signed token so it cannot be changed on the way.
/// </summary>
internal static class ChatPageEndpoints
{
    public static void Map(WebApplication app, ChatPageTemplate template)
    {
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, IOptions<ChatPageOptions> options) => ServePage(context, template, options));
        // CORS too: a page on an allowed origin that runs Web Chat itself asks this endpoint for its token.
        app.MapPost("/api/chat/token", IssueTokenAsync).RequireRateLimiting(DirectLineRateLimits.NewConversations).RequireCors(DirectLineExtensions.CorsPolicy);
    }

    private static async Task<IResult> IssueTokenAsync(HttpRequest request, DirectLineTokenService tokens, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        if (!ChatPageSecurity.IsAllowedOrigin(request, options.Value))
        {
            return DirectLineError.Create(StatusCodes.Status403Forbidden, "OriginNotAllowed", "This page may not start a chat.");
        }

        var (body, error) = await JsonBody.ReadAsync<ChatTokenRequest>(request, maxBytes: 1024, required: false, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var (token, grant) = tokens.Issue(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId(), userName: null, InviteCode.Normalize(body?.Invite), ActivityFactory.WebChatChannel);
        return Results.Json(new TokenResponse(grant.ConversationId, token, (int)tokens.Lifetime.TotalSeconds, grant.UserId), DirectLineJson.Options);
    }

    private static IResult ServePage(HttpContext context, ChatPageTemplate template, IOptions<ChatPageOptions> options)
    {
        // A fresh nonce per response lets Web Chat's own <style> elements in without allowing
        // inline styles from anywhere else.
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        ChatPageSecurity.Apply(context, nonce, options.Value.FrameAncestors);
        // Revalidated every time: the page names the fingerprinted scripts of this build, which
        // browsers keep for a year, so a new deployment is picked up on the next visit.
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        return Results.Content(template.Render(nonce), "text/html; charset=utf-8");
    }
}
