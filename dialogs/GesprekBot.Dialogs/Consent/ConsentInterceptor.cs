using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Consent;

/// <summary>
/// Informed consent. At the consent question: questions get an answer and the question again,
/// hesitation gets room, "English please" (or an English sentence) switches the conversation's
/// language, and only a clear yes or no ends the question. Later, at any question, "ik wil toch
/// niet" takes consent back: after one confirmation everything stored is deleted. It sees the
/// message before the yes/no words do, because "wie mag dit lezen?" holds a "mag".
/// </summary>
internal sealed class ConsentInterceptor(IntakeOptions options) : ITurnInterceptor
{
    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Conversation.Get<bool>(RestartInterceptor.PendingKey) || dc.Conversation.Get<bool>(PauseInterceptor.PausedKey)
            || (ConsentWithdrawal.IsPending(dc) && !ConsentQuestion.IsOpen(dc) && IsControlWord(dc.Turn.Text)))
        {
            // An "opnieuw" to confirm, a return from a pause or another command: this message is theirs,
            // and a "delete everything?" left open is not answered by whatever comes later.
            ConsentWithdrawal.Forget(dc);
            return InterceptResult.NotHandled;
        }

        if (ConsentQuestion.IsOpen(dc))
        {
            return await AtConsentQuestionAsync(dc, cancellationToken);
        }

        if (dc.Stack.Count == 0 && dc.Record() is null && LanguageRequest.Find(dc.Turn.Text, dc.Culture) is { } language)
        {
            // A first message in English ("hello, do you speak English?"): the welcome comes in English.
            dc.ChooseCulture(language);
        }

        if (ConsentWithdrawal.IsPending(dc))
        {
            return await ConfirmWithdrawalAsync(dc, cancellationToken);
        }

        if (!ConsentReading.IsWithdrawal(ConsentReading.Normalize(dc.Turn.Text)) || (dc.Stack.Count == 0 && dc.Record() is null))
        {
            return InterceptResult.NotHandled;
        }

        await ConsentWithdrawal.AskAsync(dc, cancellationToken);
        return InterceptResult.Handled;
    }

    private static async Task<InterceptResult> ConfirmWithdrawalAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (YesNoRecognizer.Recognize(dc.Turn.Text) == true)
        {
            await ConsentWithdrawal.EraseAsync(dc, cancellationToken);
            await dc.CancelAllDialogsAsync(cancellationToken);
            return InterceptResult.Handled;
        }

        // Anything but a clear yes keeps everything; the open question comes again.
        await ConsentWithdrawal.SayCancelledAsync(dc, cancellationToken);
        return InterceptResult.HandledAndReprompt;
    }

    private async Task<InterceptResult> AtConsentQuestionAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = dc.Turn.Text;
        if (InterruptionWords.Is(text, InterruptionWords.Skip))
        {
            ConsentWithdrawal.Forget(dc);
            await dc.SendAsync(Consent(dc)[nameof(ConsentTexts.CannotSkip)], cancellationToken);
            await ConsentQuestion.AskInsteadAsync(dc, ConsentQuestion.AfterExplanation(dc), cancellationToken);
            return InterceptResult.Handled;
        }

        if (string.IsNullOrWhiteSpace(text) || IsControlWord(text))
        {
            return InterceptResult.NotHandled;
        }

        if (LanguageRequest.Find(text, dc.Culture) is { } language)
        {
            ConsentWithdrawal.Forget(dc);
            dc.ChooseCulture(language);
            dc.UpdateRecord(r => r with { Locale = dc.Culture.Name });
            await SwitchLanguageAsync(dc, ConsentReading.Read(text), cancellationToken);
            return InterceptResult.Handled;
        }

        if (LanguageRequest.NamesALanguage(text))
        {
            // Already in the language asked for; "graag" in "in het Nederlands graag" is not a yes.
            await ConsentQuestion.AskInsteadAsync(dc, ConsentQuestion.AfterExplanation(dc), cancellationToken);
            return InterceptResult.Handled;
        }

        var reading = ConsentReading.Read(text);
        if (reading.Intent is ConsentIntent.Yes or ConsentIntent.No)
        {
            // The step decides what a yes or no means here (also when it confirms a withdrawal).
            await dc.EndDialogAsync(new PromptResult<bool>(PromptStatus.Recognized, reading.Intent == ConsentIntent.Yes, text), cancellationToken);
            return InterceptResult.Handled;
        }

        ConsentWithdrawal.Forget(dc);
        if (reading.Intent == ConsentIntent.Question)
        {
            await ConsentExplanations.SendAsync(dc, reading.Topics, options, cancellationToken);
        }

        var ask = reading.Intent switch
        {
            ConsentIntent.Question => ConsentQuestion.AfterExplanation(dc),
            ConsentIntent.Hesitation => ConsentAsk.Hesitation,
            ConsentIntent.AskFirst => ConsentAsk.AskFirst,
            _ => ConsentAsk.NotUnderstood,
        };
        await ConsentQuestion.AskInsteadAsync(dc, ask, cancellationToken);
        return InterceptResult.Handled;
    }

    /// <summary>The client did not understand what came before: it all comes again in their language.</summary>
    private async Task SwitchLanguageAsync(DialogContext dc, ConsentReading reading, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(dc.Culture);
        await dc.SendAsync(Consent(dc)[nameof(ConsentTexts.LanguageSwitched)], cancellationToken);
        var consented = dc.ActiveRecord() is { Status: IntakeStatus.Draft };
        if (!consented)
        {
            await dc.SendAsync(texts[nameof(Texts.Welcome)], cancellationToken);
            await dc.SendAsync(texts[nameof(Texts.NotACrisisService)], cancellationToken);
        }

        // "Do you speak English?" is answered by the switch itself; "who reads this?" still gets its answer.
        if (reading.Intent == ConsentIntent.Question && !reading.Topics.Contains(ConsentTopic.General))
        {
            await ConsentExplanations.SendAsync(dc, reading.Topics, options, cancellationToken);
        }

        await ConsentQuestion.AskInsteadAsync(dc, consented ? ConsentAsk.Keep : ConsentAsk.First, cancellationToken);
    }

    private static bool IsControlWord(string? text) =>
        InterruptionWords.Is(text, InterruptionWords.Help)
        || InterruptionWords.Is(text, InterruptionWords.Skip)
        || InterruptionWords.Is(text, InterruptionWords.Back)
        || InterruptionWords.Is(text, InterruptionWords.Pause)
        || InterruptionWords.Is(text, InterruptionWords.Restart);

    private static TextCatalog Consent(DialogContext dc) => new(dc.Culture, ConsentTexts.ResourceManager);
}
