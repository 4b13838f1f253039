using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Consent;

/// <summary>
/// Consent taken back after it was given: asked once to confirm, then everything stored is deleted
/// (the record, name included; the host removes it from the store after the turn) and the
/// conversation ends, so that "Ik bewaar niets meer" is true.
/// </summary>
internal static class ConsentWithdrawal
{
    /// <summary>Conversation value: the client was asked "delete everything?" and the next answer decides.</summary>
    public const string PendingKey = "consent.withdrawalPending";

    public static bool IsPending(DialogContext dc) => dc.Conversation.Get<bool>(PendingKey);

    public static void Forget(DialogContext dc) => dc.Conversation.Remove(PendingKey);

    /// <summary>Asks to confirm as a message of its own, while the open question keeps waiting.</summary>
    public static Task AskAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Conversation.Set(PendingKey, true);
        var consent = new TextCatalog(dc.Culture, ConsentTexts.ResourceManager);
        return dc.SendAsync(
            Reply.Ask(consent[nameof(ConsentTexts.WithdrawConfirm)], ConsentQuestion.ConfirmWithdrawalChoices(consent)),
            cancellationToken);
    }

    /// <summary>
    /// Deletes what was stored and says so; after a crisis signal the help lines follow. The caller
    /// ends the conversation.
    /// </summary>
    public static async Task EraseAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        Forget(dc);
        dc.EraseRecord();
        dc.Conversation.Remove(IntakeSession.QuestionKey);
        dc.Conversation.Remove(IntakeSession.StageKey);
        var consent = new TextCatalog(dc.Culture, ConsentTexts.ResourceManager);
        await CrisisMemory.SendGoodbyeAsync(dc, consent[nameof(ConsentTexts.WithdrawDone)], cancellationToken);
    }

    public static Task SayCancelledAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        Forget(dc);
        return dc.SendAsync(new TextCatalog(dc.Culture, ConsentTexts.ResourceManager)[nameof(ConsentTexts.WithdrawCancelled)], cancellationToken);
    }
}
