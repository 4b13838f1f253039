using System.Globalization;
using System.Text.Json;
using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Intake.Summary;

/// <summary>
/// Shows what was noted (text, plus a card where the channel has cards), asks "klopt dit?", and
/// takes corrections in plain words until the client agrees ("overslaan" cannot decide this: see
/// SkipInterceptor): first the client's name ("mijn naam is kevin"), then the map. A correction that
/// is about neither is kept as the client's note for the caseworker: their words are never dropped.
/// Reopened after submission ("terug"), it ends the conversation itself, because no submission step
/// follows it then.
/// </summary>
internal sealed class SummaryDialog : WaterfallDialog<SummaryState>
{
    public const string DialogId = "intake.summary";
    public const string ConfirmPromptId = "intake.summary.confirm";
    public const string ChangePromptId = "intake.summary.change";
    public const string CheckKey = "summary.check";
    public const string ChangeKey = "summary.change";

    /// <summary>From this many words on, an answer to "klopt dit?" that is neither yes nor no is a correction.</summary>
    private const int CorrectionMinWords = 2;

    private readonly MapCorrector correctMap;
    private readonly Recognizer<bool> yesNo;

    public SummaryDialog(IntakeRecognizers recognizers)
        : base(DialogId, version: 1)
    {
        correctMap = recognizers.CorrectMap;
        yesNo = recognizers.YesNo;
        AddDialog(new ConfirmPrompt(ConfirmPromptId, recognizer: RecognizeCheck));
        AddDialog(new TextPrompt(ChangePromptId));
        AddStep(ShowAndCheckAsync);
        AddStep(AskWhatToChangeAsync);
        AddStep(ApplyChangeAsync);
    }

    protected override SummaryState CreateInitialState(JsonElement? options) =>
        new() { Reopened = DialogJson.FromElement<SummaryOptions>(options)?.Reopened ?? false };

    private static async Task<DialogTurnResult> ShowAndCheckAsync(WaterfallStep<SummaryState> step, CancellationToken cancellationToken)
    {
        var dc = step.Context;
        var texts = new TextCatalog(dc.Culture);
        var lines = SummaryText.Lines(dc.Record(), texts);
        var text = texts[nameof(Texts.SummaryIntro)] + "\n" + string.Join("\n", lines.Select(l => $"- {l.Key}: {l.Value}"));
        var card = dc.Turn.Capabilities.SupportsCards ? new ReplyCard(texts[nameof(Texts.SummaryCardTitle)], null, lines, []) : null;
        await step.SendAsync(new Reply(text, [], card), cancellationToken);
        dc.Conversation.Set(IntakeSession.QuestionKey, new OpenQuestion(CheckKey, Technique.Summary));
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = Reply.Ask(texts[nameof(Texts.SummaryCheck)], IntakeQuestions.YesNo(texts)),
            RetryPrompt = Reply.Ask(texts[nameof(Texts.YesNoRetry)], IntakeQuestions.YesNo(texts)),
        }, cancellationToken);
    }

    // Clients answer "klopt dit?" with what is wrong ("Tom is mijn neef"): a sentence that is
    // neither yes nor no is a "no" that already says what to change.
    private Recognition<bool> RecognizeCheck(string text, CultureInfo culture)
    {
        var answer = yesNo(text, culture);
        if (IsNameCorrection(text))
        {
            // "ja, mijn naam is Kevin" or "mijn naam is kevin, niet …" is a change, whatever yes or no it holds.
            return Recognition.Success(false);
        }

        return answer.Succeeded || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < CorrectionMinWords
            ? answer
            : Recognition.Success(false);
    }

    private static bool IsNameCorrection(string text) => NameRecognizer.RecognizeCorrection(text) is not null;

    private async Task<DialogTurnResult> AskWhatToChangeAsync(WaterfallStep<SummaryState> step, CancellationToken cancellationToken)
    {
        // Only a "nee" opens a correction; "ja" goes on.
        if (step.PromptResult<bool>() is not { IsRecognized: true, Value: false } answer)
        {
            if (step.State.Reopened && step.Context.Record()?.Code is { } code)
            {
                var saved = new TextCatalog(step.Context.Culture).Format(nameof(Texts.ReopenedSaved), IntakeCodes.Display(code));
                await CrisisMemory.SendGoodbyeAsync(step.Context, saved, cancellationToken);
            }

            return await step.EndAsync(cancellationToken: cancellationToken);
        }

        if (answer.Text is { } said && (!yesNo(said, step.Context.Culture).Succeeded || IsNameCorrection(said)))
        {
            return await step.NextAsync(new PromptResult<string>(PromptStatus.Recognized, said, said), cancellationToken);
        }

        var texts = new TextCatalog(step.Context.Culture);
        step.Context.Conversation.Set(IntakeSession.QuestionKey, new OpenQuestion(ChangeKey, Technique.Summary));
        return await step.PromptAsync(ChangePromptId, PromptOptions.Ask(texts[nameof(Texts.SummaryWhatToChange)]), cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyChangeAsync(WaterfallStep<SummaryState> step, CancellationToken cancellationToken)
    {
        var dc = step.Context;
        var texts = new TextCatalog(dc.Culture);
        if (step.PromptResult<string>() is { Text: { } said } && !string.IsNullOrWhiteSpace(said))
        {
            var map = dc.Record()?.Network;
            if (NameRecognizer.RecognizeCorrection(said) is { } found)
            {
                // "mijn naam is kevin": the client's name, never a note (and never a member of their map).
                var name = NameStep.Shorten(found);
                dc.UpdateRecord(r => r with { PreferredName = name });
                await step.SendAsync(new TextCatalog(dc.Culture, NameTexts.ResourceManager).Format(nameof(NameTexts.NameCorrected), name), cancellationToken);
            }
            else if (map is not null && correctMap(map, said, dc.Culture, out var corrected, out var explanation))
            {
                dc.UpdateRecord(r => r with { Network = corrected, RadioSuggestions = RadioAdvisor.Suggest(corrected, r.Urgent) });
                await step.SendAsync(explanation ?? texts[nameof(Texts.SummaryCorrected)], cancellationToken);
            }
            else
            {
                var number = (dc.Record()?.Answers.Count(a => a.QuestionKey.StartsWith("summary.note", StringComparison.Ordinal)) ?? 0) + 1;
                var text = said.Trim();
                dc.UpdateRecord(r => r.WithAnswer(new IntakeAnswer(
                    $"summary.note.{number}", Technique.Summary,
                    text.Length <= IntakeQuestions.MaxAnswerLength ? text : text[..IntakeQuestions.MaxAnswerLength],
                    null, AnsweredBy.Client, dc.Now)));
                await step.SendAsync(texts[nameof(Texts.SummaryNoted)], cancellationToken);
            }
        }

        // Show the summary again, so the client checks the corrected version.
        return await dc.ReplaceDialogAsync(DialogId, new SummaryOptions(step.State.Reopened), cancellationToken);
    }
}

/// <summary>The summary keeps no answers of its own (everything is in the intake record), only how it was begun.</summary>
internal sealed record SummaryState
{
    public bool Reopened { get; init; }
}

/// <param name="Reopened">Begun after submission, without the intake around it.</param>
internal sealed record SummaryOptions(bool Reopened);
