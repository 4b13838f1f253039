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
        await dc.SendAsync(Question(dc, texts, signal.Categories, retry: false), cancellationToken);
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
                return await CrisisResponse.RespondAsync(dc, check.Signal(), held, cancellationToken);
            case false:
                CrisisFollowUp.Clear(dc);
                await dc.SendAsync(texts[nameof(CrisisTexts.CrisisCheckNo)], cancellationToken);
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
        await dc.SendAsync(Question(dc, texts, check.Categories, retry: true), cancellationToken);
        return InterceptResult.Handled;
    }

    private static Reply Question(DialogContext dc, TextCatalog texts, IReadOnlyList<CrisisCategory> categories, bool retry)
    {
        var question = texts[$"CrisisCheck{(categories.Count > 0 ? categories[0] : CrisisCategory.Suicide)}"];
        return Reply.Ask(
            retry ? texts.Format(nameof(CrisisTexts.CrisisCheckRetry), question) : question,
            IntakeQuestions.YesNo(new TextCatalog(dc.Culture)));
    }
}
