using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Erasure;
using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Bot.Intake;

/// <summary>
/// Erasure as a turn sees it. After the turn: the records the dialogs queued (the client's "wis
/// mijn gegevens", "opnieuw", consent withdrawn) are erased with everything that belongs to them,
/// this conversation's transcript and remembered replies are forgotten, and after "wis alles" its
/// state too, so the next message starts afresh. Before the turn: a record erased elsewhere (a
/// caseworker's delete that this conversation's state escaped) is dropped and the client is told.
/// </summary>
public sealed class IntakeTurnErasure(IntakeErasure erasure, IntakeTombstones tombstones, IntakeLinkStore links)
{
    /// <summary>Conversation value: the record id this conversation is linked to (see <see cref="IntakeLinkStore"/>).</summary>
    internal const string LinkedKey = "host.intakeLinked";

    public async Task<ConversationState> BeforeTurnAsync(TurnHookContext context, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var message = context.Activity.Type == ActivityTypes.Message;
        if (!message)
        {
            // A greeting of a new visit says enough: the record is gone, there is nothing to explain.
            state.Remove(ErasureSession.ErasedKey);
        }

        if (state.Record() is not { } record
            || !state.Keys.Contains(IntakeTurnHook.PublishedKey)
            || !await tombstones.ContainsAsync(record.Id, cancellationToken))
        {
            return state;
        }

        context.ForgetEarlierReplies = true;
        var fresh = new ConversationState();
        if (message)
        {
            fresh.Set(ErasureSession.ErasedKey, true);
        }

        return fresh;
    }

    /// <summary>Carries out what the dialogs asked, before the state is written.</summary>
    public async Task AfterTurnAsync(TurnHookContext context, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var erased = state.PendingErasures();
        ConversationForgetting? forget = state.TryGet<ConversationForgetting>(ErasureSession.ForgetKey, out var found) ? found : null;
        if (erased.Count == 0 && forget is null)
        {
            return;
        }

        foreach (var id in erased)
        {
            await erasure.EraseAsync(id, ErasureOrigin.Client, context.ConversationKey, cancellationToken);
        }

        await erasure.ForgetTranscriptAsync(LinkOf(context), cancellationToken);
        context.ForgetEarlierReplies = true;
        foreach (var key in new[] { IntakeSession.ErasureKey, ErasureSession.ForgetKey, IntakeTurnHook.PublishedKey, LinkedKey })
        {
            state.Remove(key);
        }

        if (forget == ConversationForgetting.Conversation)
        {
            // The dialogs ended the stack; what is left (crisis memory, name, invite, the host's marks) goes too.
            foreach (var key in state.Keys.ToList())
            {
                state.Remove(key);
            }
        }
    }

    /// <summary>Links the record to this conversation the first time the conversation publishes it.</summary>
    public async Task LinkAsync(TurnHookContext context, ConversationState state, IntakeRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(record);
        var mark = $"{record.Id} {context.ConversationKey}";
        if (state.Get<string>(LinkedKey) != mark)
        {
            await links.AddConversationAsync(record.Id, LinkOf(context), cancellationToken);
            state.Set(LinkedKey, mark);
        }
    }

    /// <summary>
    /// After this turn saved the record: when it was erased meanwhile (a caseworker's delete while
    /// the turn ran), it is erased again, so the save does not bring it back.
    /// </summary>
    public async Task EraseIfErasedMeanwhileAsync(IntakeRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (await tombstones.ContainsAsync(record.Id, cancellationToken))
        {
            await erasure.EraseAsync(record.Id, ErasureOrigin.Caseworker, currentStateKey: null, cancellationToken);
        }
    }

    private static ConversationLink LinkOf(TurnHookContext context) =>
        new(context.ConversationKey, context.Activity.ChannelId ?? "unknown", context.Activity.Conversation?.Id ?? string.Empty);
}
