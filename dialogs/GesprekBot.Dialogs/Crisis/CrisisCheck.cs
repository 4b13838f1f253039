using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>
/// Words that may be a crisis signal but may be harmless: ask gently what the client means, with
/// Ja/Nee, before raising the alarm. The message is held back meanwhile: "ja" makes it a crisis,
/// "nee" lets the open question read it as the answer it was.
/// </summary>
internal static class CrisisCheck
{
    /// <summary>A check not understood twice is read as "nee", with the numbers once more.</summary>
    private const int MaxAttempts = 2;

    public static async Task<InterceptResult> BeginAsync(DialogContext dc, CrisisSignal signal, CancellationToken cancellationToken)
    {
        new CrisisFollowUp(CrisisStage.Checking, signal.Categories, signal.ImmediateDanger)
        {
            HeldText = dc.Turn.Text,
            TriggerWords = signal.TriggerWords,
        }.Save(dc);
        var texts = new TextCatalog(dc.Culture, CrisisTexts.ResourceManager);
        await dc.SendAsync(Question(dc, texts, CrisisFollowUp.Of(dc)!, retry: false), cancellationToken);
        return InterceptResult.Handled;
    }

    /// <summary>A scaling score of 0–2: the question a caseworker asks; the score waits for the answer.</summary>
    public static async Task<InterceptResult> BeginLowScoreAsync(DialogContext dc, int score, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(dc.Culture, CrisisTexts.ResourceManager);
        var check = new CrisisFollowUp(CrisisStage.Checking, [CrisisCategory.Suicide], ImmediateDanger: false)
        {
            HeldText = dc.Turn.Text,
            TriggerWords = [texts[nameof(CrisisTexts.LowScoreTrigger)]],
            LowScore = score,
        };
        check.Save(dc);
        await dc.SendAsync(Question(dc, texts, check, retry: false), cancellationToken);
        return InterceptResult.Handled;
    }

    public static async Task<InterceptResult> ContinueAsync(
        DialogContext dc, CrisisFollowUp check, Func<string?, CrisisSignal?> detect, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(dc.Culture, CrisisTexts.ResourceManager);
        var held = check.HeldText ?? string.Empty;
        switch (YesNoRecognizer.Recognize(dc.Turn.Text))
        {
            case true:
                CrisisFollowUp.Clear(dc);
                return check.LowScore is { } score
                    ? await CrisisResponse.RespondAsync(
                        dc, check.Signal(), held, cancellationToken, heldIsAnswer: true,
                        quote: texts.Format(nameof(CrisisTexts.LowScoreQuote), score, dc.Turn.Text?.Trim() ?? string.Empty))
                    : await CrisisResponse.RespondAsync(dc, check.Signal(), held, cancellationToken);
            case false:
                CrisisFollowUp.Clear(dc);
                await dc.SendAsync(texts[check.LowScore is null ? nameof(CrisisTexts.CrisisCheckNo) : nameof(CrisisTexts.LowScoreCheckNo)], cancellationToken);
                return InterceptResult.HandledAndPassOn(held);
        }

        if (detect(dc.Turn.Text) is { Unsure: false } certain)
        {
            CrisisFollowUp.Clear(dc);
            return await CrisisResponse.RespondAsync(dc, certain, null, cancellationToken);
        }

        if (check.Attempts + 1 >= MaxAttempts)
        {
            CrisisFollowUp.Clear(dc);
            await dc.SendAsync(texts.Format(nameof(CrisisTexts.CrisisCheckUnclear), CrisisLines.Numbers(texts, check.Categories)), cancellationToken);
            return InterceptResult.HandledAndPassOn(held);
        }

        (check with { Attempts = check.Attempts + 1 }).Save(dc);
        await dc.SendAsync(Question(dc, texts, check, retry: true), cancellationToken);
        return InterceptResult.Handled;
    }

    private static Reply Question(DialogContext dc, TextCatalog texts, CrisisFollowUp check, bool retry)
    {
        var question = check.LowScore is { } score
            ? texts.Format(nameof(CrisisTexts.LowScoreCheck), score)
            : texts[$"CrisisCheck{(check.Categories.Count > 0 ? check.Categories[0] : CrisisCategory.Suicide)}"];
        return Reply.Ask(
            retry ? texts.Format(nameof(CrisisTexts.CrisisCheckRetry), question) : question,
            IntakeQuestions.YesNo(new TextCatalog(dc.Culture)));
    }
}
