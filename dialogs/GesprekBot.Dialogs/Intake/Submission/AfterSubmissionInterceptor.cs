using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Intake.Summary;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Intake.Submission;

/// <summary>
/// Messages after the intake was sent. A "bedankt" or "tot ziens" is a goodbye, not the start of a
/// new intake; anything else hears that this intake is finished and may choose to change it
/// ("terug" reopens the summary, same code) or to begin a new one. Nothing restarts silently.
/// </summary>
internal sealed class AfterSubmissionInterceptor : ITurnInterceptor
{
    // A closing message is made only of these words, with at least one of the first kind.
    private static readonly HashSet<string> ClosingWords = new(StringComparer.Ordinal)
    {
        "bedankt", "dank", "dankjewel", "dankuwel", "merci", "ok", "oke", "okay", "oki", "okido", "thanks", "thank", "thx",
        "ziens", "doei", "daag", "dag", "bye", "goodbye", "ciao", "salut", "cheers", "super", "top", "cool", "perfect",
    };

    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "je", "u", "wel", "hoor", "veel", "tot", "later", "ja", "yes", "you", "very", "much", "so", "allee", "beaucoup", "bye", "en", "and",
    };

    private static readonly string[] ClosingEmoji = ["👍", "🙏", "🙂", "😊", "😀", "❤", "👋", "✌"];

    private static readonly string[] NewConversation = [.. InterruptionWords.Restart, "nieuw gesprek", "nieuw", "new conversation", "new"];

    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Stack.Count > 0 || dc.Record() is not { Status: IntakeStatus.Submitted, Code: { } code })
        {
            return InterceptResult.NotHandled;
        }

        var texts = new TextCatalog(dc.Culture);
        var shown = IntakeCodes.Display(code);
        if (IsClosing(dc.Turn.Text))
        {
            await CrisisMemory.SendGoodbyeAsync(dc, texts.Format(nameof(Texts.AfterSubmitThanks), shown), cancellationToken);
            return InterceptResult.Handled;
        }

        if (InterruptionWords.Is(dc.Turn.Text, InterruptionWords.Back))
        {
            await dc.BeginDialogAsync(SummaryDialog.DialogId, new SummaryOptions(Reopened: true), cancellationToken);
            return InterceptResult.Handled;
        }

        if (InterruptionWords.Is(dc.Turn.Text, NewConversation))
        {
            // The welcome step leaves the submitted record to the caseworker and starts a new one.
            await dc.BeginDialogAsync(IntakeDialog.DialogId, cancellationToken: cancellationToken);
            return InterceptResult.Handled;
        }

        await dc.SendAsync(Reply.Ask(
            texts.Format(nameof(Texts.AfterSubmitFinished), shown),
            new ReplyChoice(texts[nameof(Texts.AfterSubmitNew)]),
            new ReplyChoice(texts[nameof(Texts.AfterSubmitBack)])), cancellationToken);
        return InterceptResult.Handled;
    }

    private static bool IsClosing(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return false;
        }

        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return ClosingEmoji.Any(e => text.Contains(e, StringComparison.Ordinal));
        }

        return words.Any(ClosingWords.Contains) && words.All(w => ClosingWords.Contains(w) || FillerWords.Contains(w));
    }
}
