using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs.Engine.Turns;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.Teams;

/// <summary>
/// In front of the turn pipeline: a Teams activity from a tenant that is not in
/// <see cref="TeamsOptions.AllowedTenants"/> runs no turn and stores nothing. A message gets a polite
/// refusal; other activities (installs, events) get no answer. Every other channel passes untouched.
/// </summary>
internal sealed partial class TeamsTenantGate(
    IActivityProcessor inner,
    IOptionsMonitor<TeamsOptions> options,
    ILogger<TeamsTenantGate> logger) : IActivityProcessor
{
    public Task<IReadOnlyList<Activity>> ProcessAsync(Activity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (inbound.ChannelId != ChannelIds.MsTeams)
        {
            return inner.ProcessAsync(inbound, cancellationToken);
        }

        var tenant = TeamsChannelData.Read(inbound).TenantId;
        if (options.CurrentValue.Allows(tenant))
        {
            return inner.ProcessAsync(inbound, cancellationToken);
        }

        // The tenant id names an organisation, not a person; the message itself is never logged.
        LogRefused(logger, tenant ?? "(none)", inbound.Type);
        IReadOnlyList<Activity> replies = inbound.Type == ActivityTypes.Message
            ? ReplyMapper.ToActivities(inbound, [Reply.Say(TeamsText.For(TeamsText.TenantNotAllowed, inbound.Locale))])
            : [];
        return Task.FromResult(replies);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams activity {ActivityType} from tenant {TenantId} refused: the tenant is not in Teams:AllowedTenants")]
    private static partial void LogRefused(ILogger logger, string tenantId, string? activityType);
}
