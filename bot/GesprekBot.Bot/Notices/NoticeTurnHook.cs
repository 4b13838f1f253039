using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Notices;

namespace GesprekBot.Bot.Notices;

/// <summary>
/// Queues the channel notices of a turn's intake record right after <c>IntakeTurnHook</c> published
/// it (registered after it, so the record's row exists), before the turn's state is written: a
/// submitted intake and an urgent one each queue one outbox row. The outbox ignores a row it has, so
/// a turn that runs again (redelivery, a write conflict) queues nothing twice; what was queued is
/// remembered in the conversation only to spare the database a write on every later turn.
/// </summary>
internal sealed class NoticeTurnHook(NoticeOutboxRepository outbox, TimeProvider time) : ITurnHook
{
    internal const string QueuedKey = "host.noticesQueued";

    public Task<ConversationState> BeforeTurnAsync(TurnHookContext context, ConversationState state, CancellationToken cancellationToken) =>
        Task.FromResult(state);

    public async Task AfterTurnAsync(TurnHookContext context, ConversationState state, TurnResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Record() is not { } record)
        {
            return;
        }

        // Per record id: a client who starts over gets a new record, whose notices are new too.
        var prefix = record.Id + ":";
        var remembered = state.Get<string>(QueuedKey);
        var flags = remembered is not null && remembered.StartsWith(prefix, StringComparison.Ordinal) ? remembered[prefix.Length..] : string.Empty;
        var queued = flags;
        var now = time.GetUtcNow();
        if (record.IsUrgent && !flags.Contains('U', StringComparison.Ordinal))
        {
            await outbox.EnqueueAsync(record.Id, NoticeKind.Urgent, record.Urgent.Min(f => f.At), now, cancellationToken);
            flags += "U";
        }

        if (record.Status == IntakeStatus.Submitted && !flags.Contains('S', StringComparison.Ordinal))
        {
            await outbox.EnqueueAsync(record.Id, NoticeKind.Submitted, record.SubmittedAt ?? record.UpdatedAt, now, cancellationToken);
            flags += "S";
        }

        if (flags != queued)
        {
            state.Set(QueuedKey, prefix + flags);
        }
    }
}
