using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Erasure;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>
/// The client's answer to the crisis choice. "Pauze" is left to the pause interceptor, so a pause
/// after a crisis is the normal pause (with its resume code). Going on introduces the open question
/// instead of repeating it bare.
/// </summary>
internal static class CrisisChoiceStep
{
    private static readonly string[][] OtherCommands =
        [InterruptionWords.Pause, InterruptionWords.Help, InterruptionWords.Back, InterruptionWords.Skip, InterruptionWords.Restart];

    public static async Task<InterceptResult> ContinueAsync(DialogContext dc, CrisisFollowUp followUp, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(dc.Culture, CrisisTexts.ResourceManager);
        var text = dc.Turn.Text;
        if (followUp.Stage == CrisisStage.Choosing && CrisisWords.IsCall(text))
        {
            (followUp with { Stage = CrisisStage.Calling }).Save(dc);
            await dc.SendAsync(texts.Format(nameof(CrisisTexts.CrisisCalling), CrisisLines.Numbers(texts, followUp.Categories)), cancellationToken);
            return InterceptResult.Handled;
        }

        CrisisFollowUp.Clear(dc);
        if (dc.Stack.Count == 0)
        {
            return InterceptResult.NotHandled;
        }

        if (CrisisWords.IsGoOn(text))
        {
            return await GoOnAsync(dc, texts, followUp, cancellationToken);
        }

        if (OtherCommands.Any(words => InterruptionWords.Is(text, words)) || ErasureRequest.Recognize(text) != ErasureKind.None)
        {
            return InterceptResult.NotHandled;
        }

        // Not a choice: after "ik bel nu" any message brings the client back; otherwise the message
        // answers the question they saw before the crisis, unless that question was answered by it.
        return followUp.Stage == CrisisStage.Calling || followUp.QuestionHeld
            ? await GoOnAsync(dc, texts, followUp, cancellationToken)
            : InterceptResult.NotHandled;
    }

    private static async Task<InterceptResult> GoOnAsync(DialogContext dc, TextCatalog texts, CrisisFollowUp followUp, CancellationToken cancellationToken)
    {
        if (followUp.Stage == CrisisStage.Calling)
        {
            await dc.SendAsync(texts[nameof(CrisisTexts.CrisisBack)], cancellationToken);
        }

        await dc.SendAsync(texts[nameof(CrisisTexts.CrisisGoOn)], cancellationToken);
        return InterceptResult.HandledAndReprompt;
    }
}
