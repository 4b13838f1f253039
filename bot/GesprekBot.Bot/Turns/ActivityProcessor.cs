using GesprekBot.Bot.Protocol;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Turns;

/// <summary>
/// The turn pipeline: activity → turn → dialog engine → replies, with the conversation's state
/// read before and written after the turn in one ETag-checked write. Turns of one conversation
/// are serialised in this process; a write that still conflicts (another instance on the same
/// store) re-runs the turn on fresh state, so nothing is lost and nothing runs on stale state.
/// </summary>
public sealed partial class ActivityProcessor(
    IStateStore store,
    DialogEngine engine,
    ConversationLocks locks,
    IEnumerable<ITurnHook> hooks,
    ILogger<ActivityProcessor> logger) : IActivityProcessor
{
    internal const int MaxAttempts = 3;

    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var turn = TurnMapper.ToTurn(inbound);
        if (turn is null)
        {
            return [];
        }

        var key = ConversationKey.For(inbound);
        using var lease = await locks.AcquireAsync(key, cancellationToken);
        var hookContext = new TurnHookContext(key, inbound);
        for (var attempt = 1; ; attempt++)
        {
            var item = await store.ReadAsync(key, cancellationToken);
            var envelope = item is null ? new ConversationEnvelope() : ConversationEnvelope.Parse(item.Json);
            if (envelope.Find(inbound.Id) is { } earlier)
            {
                LogDuplicate(logger, inbound.ChannelId, inbound.Id);
                return ReplyMapper.ToActivities(inbound, earlier.Replies);
            }

            var state = ConversationState.Parse(envelope.DialogState);
            foreach (var hook in hooks)
            {
                state = await hook.BeforeTurnAsync(hookContext, state, cancellationToken);
            }

            var result = await engine.RunTurnAsync(state, turn, cancellationToken);
            foreach (var hook in hooks)
            {
                await hook.AfterTurnAsync(hookContext, state, result, cancellationToken);
            }

            var kept = hookContext.ForgetEarlierReplies ? new ConversationEnvelope() : envelope;
            var next = (kept with { DialogState = state.ToJson() }).Remember(inbound.Id, result.Replies);
            try
            {
                await store.WriteAsync(key, next.ToJson(), item?.ETag, cancellationToken);
                return ReplyMapper.ToActivities(inbound, result.Replies);
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                LogConflict(logger, attempt);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} on {ChannelId} was already processed; answered from the record.")]
    private static partial void LogDuplicate(ILogger logger, string? channelId, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation state changed underneath turn attempt {Attempt}; running the turn again on fresh state.")]
    private static partial void LogConflict(ILogger logger, int attempt);
}
