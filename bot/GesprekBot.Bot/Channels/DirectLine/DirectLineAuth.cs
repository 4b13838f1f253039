using Microsoft.Net.Http.Headers;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Who is calling: the holder of the secret (any conversation) or of a token (one conversation).
/// Status codes, chosen to match what DirectLineJS does with them: no or a forged token → 401;
/// an expired token → 403, which DirectLineJS reads as "token expired"; a valid token for
/// another conversation → 403.
/// </summary>
internal sealed class DirectLineAuth(DirectLineSecret secret, DirectLineTokenService tokens)
{
    /// <summary>Authenticates the bearer of the Authorization header (or of "t" for the stream).</summary>
    public AuthResult Authenticate(string? bearer)
    {
        if (string.IsNullOrEmpty(bearer))
        {
            return AuthResult.Fail(Unauthorized("MissingToken", "An Authorization header with a Bearer token or secret is required."));
        }

        if (secret.Matches(bearer))
        {
            return new AuthResult(IsSecret: true, Grant: null, Error: null);
        }

        return tokens.Validate(bearer, out var grant) switch
        {
            TokenStatus.Valid => new AuthResult(IsSecret: false, grant, Error: null),
            TokenStatus.Expired => AuthResult.Fail(DirectLineError.Create(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.")),
            _ => AuthResult.Fail(Unauthorized("InvalidToken", "The token is not valid.")),
        };
    }

    /// <summary>Authenticates and checks the caller may use this conversation.</summary>
    public AuthResult AuthorizeConversation(string? bearer, string conversationId)
    {
        var result = Authenticate(bearer);
        if (result.Error is null && !result.IsSecret && result.Grant!.ConversationId != conversationId)
        {
            return AuthResult.Fail(DirectLineError.Create(StatusCodes.Status403Forbidden, "TokenConversationMismatch", "The token is for another conversation."));
        }

        return result;
    }

    public static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    private static WithHeader Unauthorized(string code, string message) =>
        new WithHeader(DirectLineError.Create(StatusCodes.Status401Unauthorized, code, message), HeaderNames.WWWAuthenticate, "Bearer");

    private sealed class WithHeader(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
