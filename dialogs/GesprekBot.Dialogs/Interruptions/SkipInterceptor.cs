using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Intake.Summary;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Dialogs.Scaling;

namespace GesprekBot.Dialogs.Interruptions;

/// <summary>
/// "overslaan" / "verder": the open question is skipped and the next one comes. Some questions
/// cannot be skipped, because skipping them would decide for the client (consent: keep nothing;
/// the final check: send everything unread); those say why and are asked again.
/// </summary>
internal sealed class SkipInterceptor : ITurnInterceptor
{
    /// <summary>
    /// The open questions that cannot be skipped, with what the client hears instead. (The consent
    /// question is one too; the consent interceptor, which runs earlier, answers a skip there.)
    /// </summary>
    private static readonly Dictionary<string, string> NotSkippable = new(StringComparer.Ordinal)
    {
        [SummaryDialog.CheckKey] = nameof(Texts.SkipCheckNotAllowed),
    };

    /// <summary>The next step already says "Dat is goed." after a skip here: a second acknowledgement is one too many.</summary>
    private static readonly HashSet<string> AcknowledgedByNextStep = new(StringComparer.Ordinal)
    {
        "intake.name",
        ScalingSteps.ScoreKey,
    };

    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!InterruptionWords.Is(dc.Turn.Text, InterruptionWords.Skip) || dc.Stack.Count == 0)
        {
            return InterceptResult.NotHandled;
        }

        var texts = new TextCatalog(dc.Culture);
        if (dc.ActivePromptOptions is null)
        {
            await dc.SendAsync(texts[nameof(Texts.SkipNothing)], cancellationToken);
            return InterceptResult.HandledAndReprompt;
        }

        var question = dc.Question()?.Key;
        if (question is not null && NotSkippable.TryGetValue(question, out var why))
        {
            await dc.SendAsync(texts[why], cancellationToken);
            return InterceptResult.HandledAndReprompt;
        }

        if (question is null || !AcknowledgedByNextStep.Contains(question))
        {
            await dc.SendAsync(texts[nameof(Texts.SkipDone)], cancellationToken);
        }

        await dc.SkipAsync(cancellationToken);
        return InterceptResult.Handled;
    }
}
