using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Interruptions;

/// <summary>"terug": back one question; the earlier answer stays until the client answers it again.</summary>
internal sealed class BackInterceptor : ITurnInterceptor
{
    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!InterruptionWords.Is(dc.Turn.Text, InterruptionWords.Back) || dc.Stack.Count == 0)
        {
            return InterceptResult.NotHandled;
        }

        var texts = new TextCatalog(dc.Culture);
        var canGoBack = dc.Stack.Any(f => dc.Dialogs.Find(f.DialogId)?.CanGoBack(f) == true);
        if (!canGoBack)
        {
            await dc.SendAsync(texts[nameof(Texts.BackNothing)], cancellationToken);
            return InterceptResult.HandledAndReprompt;
        }

        await dc.SendAsync(texts[nameof(Texts.BackDone)], cancellationToken);
        await dc.GoBackAsync(cancellationToken);
        return InterceptResult.Handled;
    }
}
