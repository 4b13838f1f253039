using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Intakes;
using GesprekBot.Storage.Notices;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Notices;

/// <summary>
/// Tells the dialogs, before a turn, whether an urgent notice would reach caseworkers now: the
/// intake's organisation has a Teams channel linked and the bot is in that team. Only then may the
/// crisis answer say "Ik stuur je hulpverleners nu een bericht"; otherwise it says that a caseworker
/// sees it only when reading the answers. Checked again every ten minutes, not on every turn.
/// </summary>
internal sealed class NoticePromiseHook(
    IIntakePlacement placement, IOptions<NoticeOptions> options, TeamsChannelRepository channels, TimeProvider time) : ITurnHook
{
    internal const string CheckedAtKey = "host.noticeChannelCheckedAt";

    private static readonly TimeSpan Recheck = TimeSpan.FromMinutes(10);

    public async Task<ConversationState> BeforeTurnAsync(TurnHookContext context, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = time.GetUtcNow();
        // The timestamp first: it is cheap, and reading the record is not.
        if ((state.TryGet<DateTimeOffset>(CheckedAtKey, out var checkedAt) && now - checkedAt < Recheck)
            || state.Record() is not { } record)
        {
            return state;
        }

        var organisation = await placement.OrganisationOfNewAsync(record, cancellationToken);
        var reachable = options.Value.ChannelFor(organisation) is { } channelId
            && await channels.FindAsync(channelId, cancellationToken) is { RemovedAt: null };
        state.Set(CrisisResponse.CaseworkersNotifiedKey, reachable);
        state.Set(CheckedAtKey, now);
        return state;
    }

    public Task AfterTurnAsync(TurnHookContext context, ConversationState state, TurnResult result, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
