using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Consent;

/// <summary>The ways the consent question is put, depending on where the talk about it stands.</summary>
internal enum ConsentAsk
{
    /// <summary>The first time, with everything the client needs to decide.</summary>
    First,

    /// <summary>Again, after an answer to the client's question.</summary>
    Again,

    /// <summary>Back at it ("terug") after saying yes: saying no now deletes what was told.</summary>
    Keep,

    Hesitation,
    AskFirst,
    NotUnderstood,

    /// <summary>After a "no" with answers already kept: delete them all?</summary>
    ConfirmWithdrawal,
}

/// <summary>
/// The consent prompt's options for each <see cref="ConsentAsk"/>. It never gives up (no limit on
/// attempts): not understood is never a no. A client who hesitates sees the explanations as buttons.
/// </summary>
internal static class ConsentQuestion
{
    /// <summary>Asks the consent question (again) in place of the open consent prompt, or as the step's prompt.</summary>
    public static PromptOptions Options(DialogContext dc, ConsentAsk ask)
    {
        var texts = new TextCatalog(dc.Culture);
        var consent = new TextCatalog(dc.Culture, ConsentTexts.ResourceManager);
        var (text, choices) = ask switch
        {
            ConsentAsk.First => (texts[nameof(Texts.ConsentQuestion)], IntakeQuestions.YesNo(texts)),
            ConsentAsk.Again => (consent[nameof(ConsentTexts.AskAgain)], IntakeQuestions.YesNo(texts)),
            ConsentAsk.Keep => (consent[nameof(ConsentTexts.KeepQuestion)], IntakeQuestions.YesNo(texts)),
            ConsentAsk.Hesitation => (consent[nameof(ConsentTexts.Hesitation)], Explanations(texts, consent)),
            ConsentAsk.AskFirst => (consent[nameof(ConsentTexts.AskFirst)], Explanations(texts, consent)),
            ConsentAsk.NotUnderstood => (texts[nameof(Texts.ConsentRetry)], Explanations(texts, consent)),
            ConsentAsk.ConfirmWithdrawal => (consent[nameof(ConsentTexts.WithdrawConfirm)], ConfirmWithdrawalChoices(consent)),
            _ => throw new ArgumentOutOfRangeException(nameof(ask), ask, null),
        };

        return new PromptOptions
        {
            Prompt = Reply.Ask(text, choices),
            RetryPrompt = Reply.Ask(texts[nameof(Texts.ConsentRetry)], Explanations(texts, consent)),
            MaxAttempts = 0,
        };
    }

    /// <summary>How to ask after an explanation: a client who consented before hears what "no" does now.</summary>
    public static ConsentAsk AfterExplanation(DialogContext dc) => dc.ActiveRecord() is { Status: IntakeStatus.Draft } ? ConsentAsk.Keep : ConsentAsk.Again;

    /// <summary>Puts the consent question again in place of the open consent prompt.</summary>
    public static Task AskInsteadAsync(DialogContext dc, ConsentAsk ask, CancellationToken cancellationToken) =>
        dc.ReplaceDialogAsync(IntakeDialog.ConsentPromptId, Options(dc, ask), cancellationToken);

    public static bool IsOpen(DialogContext dc) => dc.ActiveDialogId == IntakeDialog.ConsentPromptId;

    public static ReplyChoice[] ConfirmWithdrawalChoices(TextCatalog consent) =>
        [new(consent[nameof(ConsentTexts.WithdrawYes)]), new(consent[nameof(ConsentTexts.WithdrawNo)])];

    private static ReplyChoice[] Explanations(TextCatalog texts, TextCatalog consent) =>
    [
        new(consent[nameof(ConsentTexts.ButtonWhoReads)]),
        new(consent[nameof(ConsentTexts.ButtonHowLong)]),
        new(consent[nameof(ConsentTexts.ButtonDelete)]),
        .. IntakeQuestions.YesNo(texts),
    ];
}
