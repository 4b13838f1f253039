using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Interruptions;

/// <summary>"overslaan" / "verder": the open question is skipped and the next one comes.</summary>
internal sealed class SkipInterceptor : ITurnInterceptor
{
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

        await dc.SendAsync(texts[nameof(Texts.SkipDone)], cancellationToken);
        await dc.SkipAsync(cancellationToken);
        return InterceptResult.Handled;
    }
}
