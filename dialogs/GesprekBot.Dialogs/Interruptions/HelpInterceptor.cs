using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Interruptions;

/// <summary>"help": a hint for the open question, the words that always work, then the question again.</summary>
internal sealed class HelpInterceptor : ITurnInterceptor
{
    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!InterruptionWords.Is(dc.Turn.Text, InterruptionWords.Help))
        {
            return InterceptResult.NotHandled;
        }

        var texts = new TextCatalog(dc.Culture);
        await dc.SendAsync(texts.Find(HelpTextName(dc.Question()?.Key)) ?? texts[nameof(Texts.HelpGeneric)], cancellationToken);
        await dc.SendAsync(texts[nameof(Texts.HelpCommands)], cancellationToken);
        return dc.Stack.Count == 0 ? InterceptResult.Handled : InterceptResult.HandledAndReprompt;
    }

    /// <summary>"miracle.more" → "Help_miracle_more"; crisis and note keys share their group's help.</summary>
    internal static string HelpTextName(string? questionKey) =>
        "Help_" + (questionKey ?? "none").Replace('.', '_');
}
