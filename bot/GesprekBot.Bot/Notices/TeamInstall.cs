using GesprekBot.Bot.Channels.Teams;
using GesprekBot.Bot.Protocol;
using GesprekBot.Storage.Notices;

namespace GesprekBot.Bot.Notices;

/// <summary>The bot added to or removed from a Teams team, read from an activity; null for anything else.</summary>
internal sealed record TeamInstall(bool Removed, string TeamId, string ChannelId, string? TenantId, string ServiceUrl, string BotId)
{
    public static TeamInstall? Read(Activity activity)
    {
        if (activity.ChannelId != ChannelIds.MsTeams
            || activity.Recipient?.Id is not { Length: > 0 } botId
            || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return null;
        }

        var data = TeamsChannelData.Read(activity);
        if (data.Team?.Id is not { } teamId)
        {
            return null;
        }

        bool? removed = activity.Type switch
        {
            ActivityTypes.ConversationUpdate when Contains(activity.MembersAdded, botId) => false,
            ActivityTypes.ConversationUpdate when Contains(activity.MembersRemoved, botId) => true,
            ActivityTypes.InstallationUpdate => activity.Action switch
            {
                "add" => false,
                "remove" => true,
                _ => null,
            },
            _ => null,
        };
        if (removed is null)
        {
            return null;
        }

        // A team's General channel has the team's id; the conversation id may carry ";messageid=…".
        var channelId = data.Channel?.Id ?? activity.Conversation?.Id?.Split(';')[0] ?? teamId;
        var tenantId = data.TenantId;
        return new TeamInstall(removed.Value, teamId, channelId, tenantId, serviceUrl, botId);
    }

    public StoredTeamsChannel ToStored(DateTimeOffset now) => new(ChannelId, TeamId, TenantId, ServiceUrl, BotId, now, null);

    private static bool Contains(IList<ChannelAccount>? members, string id) =>
        members?.Any(m => string.Equals(m.Id, id, StringComparison.Ordinal)) == true;
}
