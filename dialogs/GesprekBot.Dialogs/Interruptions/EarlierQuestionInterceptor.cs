using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Interruptions;

/// <summary>
/// A click on a button of an old card (Teams keeps every card clickable): that question was answered
/// already, so the click changes nothing; the client hears so, and the open question again if there is one.
/// First of all interceptors, because no other may act on an answer that belongs to another question.
/// </summary>
internal sealed class EarlierQuestionInterceptor : ITurnInterceptor
{
    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.AnswersEarlierQuestion)
        {
            return InterceptResult.NotHandled;
        }

        await dc.SendAsync(new TextCatalog(dc.Culture)[nameof(Texts.EarlierQuestionAnswered)], cancellationToken);
        return dc.Stack.Count == 0 ? InterceptResult.Handled : InterceptResult.HandledAndReprompt;
    }
}
