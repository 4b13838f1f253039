namespace GesprekBot.Bot.Channels.BotFramework;

/// <summary>
/// The channel's log lines. Ids and channel names only: message text is the user's and never logged.
/// </summary>
internal static partial class BotFrameworkLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot:MicrosoftAppId is not set: /api/messages takes unauthenticated activities only in Development or with Bot:AllowAnonymousMessages, and never for the chat page's Direct Line conversations")]
    public static partial void AuthenticationDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot:MicrosoftAppPassword is not set: replies are sent without a token and channels will refuse them")]
    public static partial void NoAppPassword(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected activity from channel {ChannelId}: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string? channelId, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not authenticate activity from channel {ChannelId}")]
    public static partial void AuthenticationError(ILogger logger, Exception exception, string? channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "No IActivityProcessor is registered; activity from channel {ChannelId} cannot be handled")]
    public static partial void NoProcessor(ILogger logger, string? channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for conversation {ConversationId} on channel {ChannelId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? conversationId, string? channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reply {Index} of {Count} could not be delivered to conversation {ConversationId} on channel {ChannelId} (status {StatusCode})")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, int index, int count, string? conversationId, string? channelId, int? statusCode);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Activity {ActivityType} for conversation {ConversationId} on channel {ChannelId} produced {ReplyCount} replies")]
    public static partial void TurnHandled(ILogger logger, string? activityType, string? conversationId, string? channelId, int replyCount);
}
