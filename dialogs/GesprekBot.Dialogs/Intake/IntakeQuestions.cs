using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Intake;

/// <summary>
/// The one way intake steps ask and record: a step first records the answer to the question the
/// previous step asked, then asks its own. Techniques only list their questions.
/// </summary>
internal static class IntakeQuestions
{
    public const string TextPromptId = "intake.text";
    public const string NumberPromptId = "intake.number";
    public const string ConfirmPromptId = "intake.confirm";

    /// <summary>Answers are cut here: enough for any real answer, bounded for storage.</summary>
    public const int MaxAnswerLength = 4000;

    /// <summary>Records the answer to the question the previous step asked; skipped answers keep what was there.</summary>
    public static void RecordPending(WaterfallStep<IntakeState> step)
    {
        if (step.State.Pending is not { } question)
        {
            return;
        }

        step.State = step.State with { Pending = null };
        if (ReadAnswer(step.Result) is { } answer)
        {
            var text = answer.Text.Length <= MaxAnswerLength ? answer.Text : answer.Text[..MaxAnswerLength];
            step.Context.UpdateRecord(r => r.WithAnswer(
                new IntakeAnswer(question.Key, question.Technique, text, answer.Value, AnsweredBy.Client, step.Context.Now)));
        }
    }

    /// <summary>Asks a free-text question; the next step records the answer under <paramref name="key"/>.</summary>
    public static Task<DialogTurnResult> AskTextAsync(
        WaterfallStep<IntakeState> step, string key, Technique technique, string question, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(step.Context.Culture);
        return AskAsync(step, TextPromptId, new OpenQuestion(key, technique), new PromptOptions
        {
            Prompt = Reply.Ask(question),
            RetryPrompt = Reply.Ask(texts.Format(nameof(Texts.TextRetry), question)),
        }, cancellationToken);
    }

    /// <summary>Asks a question with a prompt of choice; the next step records the answer under the question's key.</summary>
    public static Task<DialogTurnResult> AskAsync(
        WaterfallStep<IntakeState> step, string promptId, OpenQuestion question, PromptOptions options, CancellationToken cancellationToken)
    {
        step.State = step.State with { Pending = question };
        step.Context.Conversation.Set(IntakeSession.QuestionKey, question);
        return step.PromptAsync(promptId, options, cancellationToken);
    }

    /// <summary>
    /// Sends "Stap N van 8: …" when a new part of the intake begins; not again when "terug" runs
    /// the part's first step once more, because the client has already seen it.
    /// </summary>
    /// <returns>True when the line was sent (the part's introduction may follow).</returns>
    public static async Task<bool> SendProgressAsync(DialogContext dc, IntakeStage stage, CancellationToken cancellationToken)
    {
        if (dc.Conversation.Get<IntakeStage?>(IntakeSession.StageKey) == stage)
        {
            return false;
        }

        dc.Conversation.Set<IntakeStage?>(IntakeSession.StageKey, stage);
        var texts = new TextCatalog(dc.Culture);
        await dc.SendAsync(texts.Format(nameof(Texts.Progress), (int)stage, IntakeStages.Count, texts[$"Stage{stage}"]), cancellationToken);
        return true;
    }

    public static ReplyChoice[] YesNo(TextCatalog texts) =>
        [new(texts[nameof(Texts.ChoiceYes)]), new(texts[nameof(Texts.ChoiceNo)])];

    /// <summary>Any prompt's result as text plus a recognised value (numbers); null when skipped or empty.</summary>
    private static (string Text, string? Value)? ReadAnswer(JsonElement? result)
    {
        var answer = DialogJson.FromElement<PromptResult<JsonElement>>(result);
        if (answer is null || answer.Status == PromptStatus.Skipped)
        {
            return null;
        }

        var value = answer.IsRecognized && answer.Value.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
            ? answer.Value.GetRawText()
            : null;
        var text = answer.IsRecognized && answer.Value.ValueKind == JsonValueKind.String ? answer.Value.GetString() : answer.Text;
        return string.IsNullOrWhiteSpace(text) ? null : (text.Trim(), value);
    }
}
