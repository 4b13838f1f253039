using System.Globalization;
using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Interruptions;

/// <summary>
/// "pauze" / "stop": says how to come back (type anything here, or "hervat CODE" in a new
/// conversation) and issues a single-use code the host registers. The first message after a
/// pause only brings the client back to the open question; it is not taken as its answer.
/// Without consent there is nothing to keep, so the conversation simply ends.
/// </summary>
internal sealed class PauseInterceptor(IntakeOptions options) : ITurnInterceptor
{
    public const string PausedKey = "intake.paused";

    public async Task<InterceptResult> InterceptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(dc.Culture);
        if (dc.Conversation.Get<bool>(PausedKey))
        {
            dc.Conversation.Remove(PausedKey);
            if (dc.Stack.Count > 0)
            {
                await dc.SendAsync(texts[nameof(Texts.WelcomeBack)], cancellationToken);
                return InterceptResult.HandledAndReprompt;
            }
        }

        if (!InterruptionWords.Is(dc.Turn.Text, InterruptionWords.Pause) || dc.Stack.Count == 0)
        {
            return InterceptResult.NotHandled;
        }

        if (dc.ActiveRecord() is null)
        {
            await CrisisMemory.SendGoodbyeAsync(dc, texts[nameof(Texts.PauseNoConsent)], cancellationToken);
            await dc.CancelAllDialogsAsync(cancellationToken);
            return InterceptResult.Handled;
        }

        var issued = new IssuedResumeCode(IntakeCodes.New(), dc.Now + options.Retention);
        dc.Conversation.Set(ResumeCommand.IssuedKey, issued);
        dc.Conversation.Set(PausedKey, true);
        var until = issued.ExpiresAt.ToString("d MMMM yyyy", dc.Culture);
        await CrisisMemory.SendGoodbyeAsync(dc, texts.Format(nameof(Texts.PauseWithCode), IntakeCodes.Display(issued.Code), until), cancellationToken);
        return InterceptResult.Handled;
    }
}
