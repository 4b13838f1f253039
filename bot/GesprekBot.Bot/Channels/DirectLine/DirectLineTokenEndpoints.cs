using Microsoft.Extensions.Options;
using static GesprekBot.Bot.Channels.DirectLine.DirectLineMessages;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// /tokens/generate (with the secret, for a server that embeds the chat) and /tokens/refresh (with
/// a valid token). Neither contacts the bot: the conversation starts with POST /conversations.
/// </summary>
internal static class DirectLineTokenEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineAuth auth, DirectLineTokenService tokens, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var caller = auth.Authenticate(DirectLineAuth.BearerOf(request));
        if (caller.Error is not null)
        {
            return caller.Error;
        }

        if (!caller.IsSecret)
        {
            return DirectLineError.Create(StatusCodes.Status403Forbidden, "SecretRequired", "Generating a token needs the secret.");
        }

        var (body, error) = await JsonBody.ReadAsync<StartRequest>(request, options.Value.MaxActivityBytes, required: false, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var userId = body?.User?.Id;
        if (userId is not null && !DirectLineIds.IsUserId(userId))
        {
            return DirectLineError.Create(StatusCodes.Status400BadRequest, "InvalidUserId", "User ids start with 'dl_' and use letters, digits, '_' and '-'.");
        }

        var (token, grant) = tokens.Issue(DirectLineIds.NewConversationId(), userId ?? DirectLineIds.NewUserId(), body?.User?.Name, invite: null);
        return Results.Json(new TokenResponse(grant.ConversationId, token, (int)tokens.Lifetime.TotalSeconds), DirectLineJson.Options);
    }

    private static IResult Refresh(HttpRequest request, DirectLineAuth auth, DirectLineTokenService tokens)
    {
        var caller = auth.Authenticate(DirectLineAuth.BearerOf(request));
        if (caller.Error is not null)
        {
            return caller.Error;
        }

        if (caller.IsSecret)
        {
            return DirectLineError.Create(StatusCodes.Status400BadRequest, "TokenRequired", "Only a token can be refreshed.");
        }

        var (token, grant) = tokens.Renew(caller.Grant!);
        return Results.Json(new TokenResponse(grant.ConversationId, token, (int)tokens.Lifetime.TotalSeconds), DirectLineJson.Options);
    }
}
