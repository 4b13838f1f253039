using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Auth;
using GesprekBot.Bot.Turns;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.BotFramework;

/// <summary>
/// POST /api/messages: read and check the activity, authenticate the channel, run the turn,
/// then answer in the body (expectReplies, invoke) or send the replies to the channel.
/// </summary>
internal static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptions<BotOptions> options,
        IChannelAuthenticator authenticator,
        ReplyDelivery delivery,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(MessagesEndpoint).FullName!);
        var inbound = await InboundActivityReader.ReadAsync(context.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (inbound.Activity is not { } activity)
        {
            return inbound.Rejection!;
        }

        var authenticated = await AuthenticateAsync(context, authenticator, activity, logger, cancellationToken);
        if (authenticated is not null)
        {
            return authenticated;
        }

        // Resolved per request: the turn pipeline is registered by another feature, possibly later.
        var processor = context.RequestServices.GetService<IActivityProcessor>();
        if (processor is null)
        {
            BotFrameworkLog.NoProcessor(logger, activity.ChannelId);
            return ProtocolResults.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The bot is not ready.");
        }

        IReadOnlyList<Activity> replies;
        try
        {
            replies = await processor.ProcessAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            BotFrameworkLog.TurnFailed(logger, ex, activity.Conversation?.Id, activity.ChannelId);
            return ProtocolResults.Error(StatusCodes.Status500InternalServerError, "InternalError", "The bot could not handle the activity.");
        }

        BotFrameworkLog.TurnHandled(logger, activity.Type, activity.Conversation?.Id, activity.ChannelId, replies.Count);
        return await delivery.DeliverAsync(activity, replies, logger, cancellationToken);
    }

    private static async Task<IResult?> AuthenticateAsync(
        HttpContext context, IChannelAuthenticator authenticator, Activity activity, ILogger logger, CancellationToken cancellationToken)
    {
        ChannelAuthenticationResult result;
        try
        {
            result = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Usually the OpenID metadata could not be fetched: our problem, not the caller's.
            BotFrameworkLog.AuthenticationError(logger, ex, activity.ChannelId);
            return ProtocolResults.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The request could not be authenticated right now.");
        }

        if (result.Succeeded)
        {
            return null;
        }

        BotFrameworkLog.Unauthorized(logger, activity.ChannelId, result.Failure);
        return ProtocolResults.Unauthorized();
    }
}
