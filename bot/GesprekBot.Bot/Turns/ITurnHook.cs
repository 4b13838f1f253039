using GesprekBot.Bot.Protocol;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Turns;

/// <summary>
/// Lets a feature look at a turn's state around the engine, inside the pipeline's lock and before
/// the state is written: e.g. copy a paused conversation in, or publish the intake record. A hook
/// that throws fails the turn and nothing is written, so the channel's redelivery runs it again;
/// hooks must therefore be idempotent. On a write conflict the turn and its hooks run again.
/// </summary>
public interface ITurnHook
{
    /// <summary>Before the engine runs; returns the state to run on (normally <paramref name="state"/>, changed or not).</summary>
    Task<ConversationState> BeforeTurnAsync(TurnHookContext context, ConversationState state, CancellationToken cancellationToken);

    /// <summary>After the engine ran, before the state is written; may change <paramref name="state"/>.</summary>
    Task AfterTurnAsync(TurnHookContext context, ConversationState state, TurnResult result, CancellationToken cancellationToken);
}

/// <summary>One inbound activity as the hooks see it; the same instance for every attempt of the turn.</summary>
/// <param name="ConversationKey">The store key of this conversation's state.</param>
/// <param name="Activity">The inbound activity.</param>
public sealed record TurnHookContext(string ConversationKey, Activity Activity)
{
    /// <summary>What a hook must remember across attempts (a single-use code redeemed only once).</summary>
    public Dictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Set by a hook when the client's data was erased this turn: the pipeline then stores none of the
    /// replies it remembers for de-duplication (they quote the client's answers), only this turn's.
    /// </summary>
    public bool ForgetEarlierReplies { get; set; }
}
