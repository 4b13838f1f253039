using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Auth;
using GesprekBot.Bot.Turns;
using GesprekBot.Storage.Notices;

namespace GesprekBot.Bot.Notices;

/// <summary>
/// Wraps the turn pipeline for Teams team installs: the bot added to a team (conversationUpdate with
/// the bot among membersAdded, or installationUpdate "add", in a team) stores the channel's
/// conversation reference and posts a short welcome there, once; the bot removed from the team marks
/// the team's channels gone. Everything else goes to the pipeline unchanged.
/// </summary>
internal sealed partial class TeamInstallProcessor(
    IActivityProcessor inner,
    TeamsChannelRepository channels,
    TrustedServiceUrls trustedServiceUrls,
    TimeProvider time,
    ILogger<TeamInstallProcessor> logger) : IActivityProcessor
{
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var install = TeamInstall.Read(inbound);
        if (install is null)
        {
            return await inner.ProcessAsync(inbound, cancellationToken);
        }

        if (install.Removed)
        {
            var marked = await channels.MarkTeamRemovedAsync(install.TeamId, time.GetUtcNow(), cancellationToken);
            LogRemoved(logger, marked);
            return [];
        }

        if (!trustedServiceUrls.IsTrusted(inbound.ServiceUrl!))
        {
            // Kept for notices only when the channel proved it sent this (authenticated), so the
            // bot's token is never sent to a serviceUrl someone typed.
            LogUntrusted(logger);
            return [];
        }

        var before = await channels.FindAsync(install.ChannelId, cancellationToken);
        await channels.SaveAsync(install.ToStored(time.GetUtcNow()), cancellationToken);
        LogAdded(logger, install.ChannelId);
        // Teams announces a team install twice (conversationUpdate and installationUpdate): welcome once.
        return before is { RemovedAt: null } ? [] : [Welcome(inbound)];
    }

    private static Activity Welcome(Activity inbound)
    {
        var reply = ReplyAddressing.CreateReply(inbound);
        // A new post in the channel, not a reply to the system event.
        reply.ReplyToId = null;
        reply.Text = NoticeText.Text("Welcome");
        reply.Locale = NoticeText.Culture.Name;
        return reply;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "GesprekBot was added to a Teams channel {ChannelId}; its conversation reference is kept for notices.")]
    private static partial void LogAdded(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "GesprekBot was removed from a Teams team; {Count} stored channel(s) marked gone.")]
    private static partial void LogRemoved(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Teams team install came from a serviceUrl that is not trusted (unauthenticated); it was not stored.")]
    private static partial void LogUntrusted(ILogger logger);
}
