using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Dialogs.Intake;

/// <summary>
/// The intake's conversation values. The record lives here and not in the waterfall's state on
/// purpose: "terug" rolls the waterfall state back, but an answer once given must never be lost
/// (it is replaced only when the client answers that question again).
/// </summary>
public static class IntakeSession
{
    /// <summary>The current <see cref="IntakeRecord"/>; the host saves it after every turn.</summary>
    public const string RecordKey = "intake.record";

    /// <summary>The open question (<see cref="OpenQuestion"/>), for contextual help and crisis flags.</summary>
    public const string QuestionKey = "intake.question";

    /// <summary>The <see cref="IntakeStage"/> whose "Stap N van 8" line was shown last.</summary>
    public const string StageKey = "intake.stage";

    /// <summary>An invite code the host may set before the first turn (Direct Line channelData.invite).</summary>
    public const string InviteCodeKey = "intake.invite";

    /// <summary>
    /// Ids of records the client asked to erase this turn (consent withdrawn, "wis mijn gegevens"):
    /// the host deletes them, and everything that belongs to them, before the state is written.
    /// </summary>
    public const string ErasureKey = "intake.erase";

    public static IntakeRecord? Record(this ConversationState conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.TryGet<IntakeRecord>(RecordKey, out var record) ? record : null;
    }

    public static IntakeRecord? Record(this DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Conversation.Record();
    }

    /// <summary>Changes the record when there is one (there is none without consent).</summary>
    public static void UpdateRecord(this DialogContext dc, Func<IntakeRecord, IntakeRecord> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        // A discarded record ("opnieuw") is frozen: the next consent starts a new one.
        if (dc.Record() is { Status: not IntakeStatus.Discarded } record)
        {
            dc.Conversation.Set(RecordKey, change(record) with { UpdatedAt = dc.Now });
        }
    }

    /// <summary>
    /// Forgets the record in this conversation and asks the host to delete it from the store, so
    /// that "Ik bewaar niets" is true. Without a record this does nothing.
    /// </summary>
    public static void EraseRecord(this DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Record() is not { } record)
        {
            return;
        }

        var pending = dc.Conversation.Get<List<string>>(ErasureKey) ?? [];
        if (!pending.Contains(record.Id))
        {
            pending.Add(record.Id);
        }

        dc.Conversation.Set(ErasureKey, pending);
        dc.Conversation.Remove(RecordKey);
    }

    /// <summary>The ids <see cref="EraseRecord"/> left for the host; empty when there are none.</summary>
    public static IReadOnlyList<string> PendingErasures(this ConversationState conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.Get<List<string>>(ErasureKey) ?? [];
    }

    /// <summary>The live record: a draft or a submitted intake, not a discarded one.</summary>
    public static IntakeRecord? ActiveRecord(this DialogContext dc) =>
        dc.Record() is { Status: not IntakeStatus.Discarded } record ? record : null;

    public static OpenQuestion? Question(this DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Conversation.TryGet<OpenQuestion>(QuestionKey, out var question) ? question : null;
    }
}

/// <summary>The question the intake asked last and now waits for.</summary>
/// <param name="Key">The question key (answers are stored under it; help texts are found by it).</param>
/// <param name="Technique">Its technique.</param>
public sealed record OpenQuestion(string Key, Technique Technique);
