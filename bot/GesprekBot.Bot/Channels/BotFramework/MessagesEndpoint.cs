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
        IHostEnvironment environment,
        IChannelAuthenticator authenticator,
        TrustedServiceUrls trustedServiceUrls,
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

        var (rejection, anonymous) = await AuthenticateAsync(context, authenticator, activity, logger, cancellationToken);
        if (rejection is not null)
        {
            return rejection;
        }

        if (anonymous && AnonymousRejection(activity, options.Value, environment, trustedServiceUrls, logger) is { } refused)
        {
            return refused;
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

    /// <summary>
    /// Authentication is off (no app id). The body's channel id and conversation id are then the
    /// caller's word: never let it reach a conversation of the bot's own Direct Line (the chat page),
    /// which would hand a client's intake to whoever knows its id, and outside Development take
    /// anonymous activities only when <see cref="BotOptions.AllowAnonymousMessages"/> says so.
    /// </summary>
    private static IResult? AnonymousRejection(Activity activity, BotOptions options, IHostEnvironment environment, TrustedServiceUrls trusted, ILogger logger)
    {
        if (activity.ChannelId is ChannelIds.DirectLine or ChannelIds.WebChat)
        {
            BotFrameworkLog.Unauthorized(logger, activity.ChannelId, "unauthenticated activity for a Direct Line channel");
            return ProtocolResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "Direct Line conversations are reached through Direct Line only.");
        }

        if (!environment.IsDevelopment() && !options.AllowAnonymousMessages)
        {
            BotFrameworkLog.Unauthorized(logger, activity.ChannelId, "authentication is off (no Bot:MicrosoftAppId) and Bot:AllowAnonymousMessages is not set");
            return ProtocolResults.Unauthorized();
        }

        // Replies posted to the caller's serviceUrl would let anyone make the bot call any address
        // (the probe reached a loopback admin page and held a turn 43 s on a black hole). Unauthenticated,
        // replies go only to a configured serviceUrl, or in Development to this machine (the Emulator).
        if (activity.DeliveryMode != ActivityTypes.ExpectReplies
            && !trusted.IsTrusted(activity.ServiceUrl ?? string.Empty)
            && !(environment.IsDevelopment() && IsLoopback(activity.ServiceUrl)))
        {
            BotFrameworkLog.Unauthorized(logger, activity.ChannelId, "unauthenticated activity whose serviceUrl is not in Bot:TrustedServiceUrls");
            return ProtocolResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "Without authentication, replies go only to a serviceUrl in Bot:TrustedServiceUrls.");
        }

        return null;
    }

    private static bool IsLoopback(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private static async Task<(IResult? Rejection, bool Anonymous)> AuthenticateAsync(
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
            return (ProtocolResults.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The request could not be authenticated right now."), false);
        }

        if (result.Succeeded)
        {
            return (null, result.Anonymous);
        }

        BotFrameworkLog.Unauthorized(logger, activity.ChannelId, result.Failure);
        return (ProtocolResults.Unauthorized(), false);
    }
}
