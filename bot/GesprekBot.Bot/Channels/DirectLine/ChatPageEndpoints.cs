using System.Security.Cryptography;
using System.Text;
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
    private const string NoncePlaceholder = "__CSP_NONCE__";

    private static readonly Lazy<string> Template = new(ReadTemplate);

    public static void Map(WebApplication app)
    {
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], ServePage);
        app.MapPost("/api/chat/token", IssueTokenAsync).RequireRateLimiting(DirectLineRateLimits.NewConversations);
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

    private static IResult ServePage(HttpContext context)
    {
        // A fresh nonce per response lets Web Chat's own <style> elements in without allowing
        // inline styles from anywhere else.
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        ChatPageSecurity.Apply(context, nonce);
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return Results.Content(Template.Value.Replace(NoncePlaceholder, nonce, StringComparison.Ordinal), "text/html; charset=utf-8");
    }

    private static string ReadTemplate()
    {
        using var stream = typeof(ChatPageEndpoints).Assembly.GetManifestResourceStream("GesprekBot.Bot.ChatPage.html")
            ?? throw new InvalidOperationException("The chat page template is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
