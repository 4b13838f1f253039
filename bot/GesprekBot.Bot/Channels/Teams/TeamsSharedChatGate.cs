using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs.Engine.Turns;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.Teams;

/// <summary>
/// In a Teams group chat or channel every member reads along, and the intake asks for a client's
/// most personal answers and the names of people who never agreed to be discussed. So there a
/// message runs no turn and stores nothing: the bot says to send it a personal message, with the
/// help lines (a cry for help in a channel must not get only a "not here"). A person joining the
/// team does not start an intake in the channel either. Other activities (the bot being added to
/// or removed from a team, installs) pass, and so does everything when <see cref="TeamsOptions.AllowSharedChats"/> is set.
/// </summary>
internal sealed partial class TeamsSharedChatGate(
    IActivityProcessor inner,
    IOptionsMonitor<TeamsOptions> options,
    ILogger<TeamsSharedChatGate> logger) : IActivityProcessor
{
    public Task<IReadOnlyList<Activity>> ProcessAsync(Activity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (options.CurrentValue.AllowSharedChats
            || TeamsConversation.Of(inbound) is not { Type: TeamsConversationType.GroupChat or TeamsConversationType.Channel } shared)
        {
            return inner.ProcessAsync(inbound, cancellationToken);
        }

        if (inbound.Type == ActivityTypes.Message)
        {
            LogRefused(logger, shared.Type);
            IReadOnlyList<Activity> replies = ReplyMapper.ToActivities(inbound, [Reply.Say(TeamsText.For(TeamsText.PersonalChatOnly, inbound.Locale))]);
            return Task.FromResult(replies);
        }

        if (inbound.Type == ActivityTypes.ConversationUpdate && !ConcernsTheBot(inbound))
        {
            return Task.FromResult<IReadOnlyList<Activity>>([]);
        }

        return inner.ProcessAsync(inbound, cancellationToken);
    }

    /// <summary>The bot itself added or removed (the team's install and uninstall), not other people.</summary>
    private static bool ConcernsTheBot(Activity activity) =>
        (activity.MembersAdded ?? []).Concat(activity.MembersRemoved ?? []).Any(m => !string.IsNullOrEmpty(m.Id) && m.Id == activity.Recipient?.Id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams message in a {ConversationType} not taken: intakes run in personal chats only (Teams:AllowSharedChats)")]
    private static partial void LogRefused(ILogger logger, TeamsConversationType conversationType);
}
