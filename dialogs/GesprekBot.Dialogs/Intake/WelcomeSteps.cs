using GesprekBot.Dialogs.Consent;
using GesprekBot.Dialogs.Crisis;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Intake;

/// <summary>Intake steps 1–2: welcome, what the bot is not, consent, how to be called (<see cref="NameStep"/>).</summary>
internal static class WelcomeSteps
{
    public static void AddTo(WaterfallDialog<IntakeState> intake) => intake
        .AddStep(WelcomeAndAskConsentAsync)
        .AddStep(HandleConsentAsync)
        .AddStep(HandleNameAsync);

    /// <summary>
    /// The welcome and the consent question; run again (with <see cref="ConsentAsk"/> as input)
    /// when the answer was not a yes, so the steps keep their places for stored conversations.
    /// </summary>
    private static async Task<DialogTurnResult> WelcomeAndAskConsentAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var dc = step.Context;
        var texts = new TextCatalog(dc.Culture);
        if (dc.Record() is { Status: IntakeStatus.Submitted })
        {
            // A new intake after a submitted one: that one was published when it was submitted,
            // and nothing said before the new consent may be added to it.
            dc.Conversation.Remove(IntakeSession.RecordKey);
            dc.Conversation.Remove(IntakeSession.StageKey);
        }

        var ask = ConsentWithdrawal.IsPending(dc) ? ConsentAsk.ConfirmWithdrawal
            : dc.ActiveRecord() is not null ? ConsentAsk.Keep
            : step.ResultAs<ConsentAsk?>() ?? ConsentAsk.First;
        if (ask == ConsentAsk.First)
        {
            await step.SendAsync(texts[nameof(Texts.Welcome)], cancellationToken);
            await step.SendAsync(texts[nameof(Texts.NotACrisisService)], cancellationToken);
            await InviteNotice.SendIfUnknownAsync(dc, cancellationToken);
        }

        dc.Conversation.Set(IntakeSession.QuestionKey, new OpenQuestion("intake.consent", Technique.Intake));
        return await step.PromptAsync(IntakeDialog.ConsentPromptId, ConsentQuestion.Options(dc, ask), cancellationToken);
    }

    private static async Task<DialogTurnResult> HandleConsentAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        if (step.State.NameAsk is { } nameAsk)
        {
            // Run again by the name step: ask the name once more, in the place the name question has always had.
            return await NameStep.AskAgainAsync(step, nameAsk, cancellationToken);
        }

        var dc = step.Context;
        var texts = new TextCatalog(dc.Culture);
        var answer = step.PromptResult<bool>();
        if (ConsentWithdrawal.IsPending(dc))
        {
            return await ConfirmWithdrawalAsync(step, answer, cancellationToken);
        }

        // Only a clear "no" is a refusal: skipped or not understood asks again, never ends.
        if (answer is not { IsRecognized: true } recognized)
        {
            if (answer?.Status == PromptStatus.Skipped)
            {
                await step.SendAsync(new TextCatalog(dc.Culture, ConsentTexts.ResourceManager)[nameof(ConsentTexts.CannotSkip)], cancellationToken);
            }

            var again = answer?.Status == PromptStatus.Skipped ? ConsentQuestion.AfterExplanation(dc) : ConsentAsk.NotUnderstood;
            return await step.GoToStepAsync(0, again, cancellationToken);
        }

        if (!recognized.Value)
        {
            if (dc.Record() is not null)
            {
                // Consent taken back after "terug": confirm, because it deletes what was told.
                dc.Conversation.Set(ConsentWithdrawal.PendingKey, true);
                return await step.GoToStepAsync(0, cancellationToken: cancellationToken);
            }

            await CrisisMemory.SendGoodbyeAsync(dc, texts[nameof(Texts.ConsentRefused)], cancellationToken);
            return await step.EndAsync(cancellationToken: cancellationToken);
        }

        step.State = step.State with { ConsentAt = dc.Now };
        StartRecord(dc, dc.Now);
        await step.SendAsync(texts[nameof(Texts.ConsentGiven)], cancellationToken);
        await step.SendAsync(texts[nameof(Texts.HowToUse)], cancellationToken);
        await IntakeQuestions.SendProgressAsync(dc, IntakeStage.Name, cancellationToken);
        return await NameStep.AskAsync(step, cancellationToken);
    }

    private static async Task<DialogTurnResult> ConfirmWithdrawalAsync(
        WaterfallStep<IntakeState> step, PromptResult<bool>? answer, CancellationToken cancellationToken)
    {
        if (answer is { IsRecognized: true, Value: true })
        {
            await ConsentWithdrawal.EraseAsync(step.Context, cancellationToken);
            return await step.EndAsync(cancellationToken: cancellationToken);
        }

        await ConsentWithdrawal.SayCancelledAsync(step.Context, cancellationToken);
        return await step.GoToStepAsync(0, cancellationToken: cancellationToken);
    }

    private static async Task<DialogTurnResult> HandleNameAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(step.Context.Culture);
        var outcome = NameStep.Read(step.PromptResult<string>(), step.State.NameAsk);
        step.State = step.State with { NameAsk = outcome.AskAgain };
        if (outcome.AskAgain is not null)
        {
            return await step.GoToStepAsync(NameStep.AskingStep, cancellationToken: cancellationToken);
        }

        var name = outcome.Name;
        step.State = step.State with { PreferredName = name };
        if (step.State.ConsentAt is { } consentAt && step.Context.ActiveRecord() is null)
        {
            // Consent given under version 1, which kept no record yet.
            StartRecord(step.Context, consentAt);
        }

        step.Context.UpdateRecord(r => r with { PreferredName = name });
        var reply = name is not null ? texts.Format(nameof(Texts.NameThanks), name)
            : outcome.GaveUp ? new TextCatalog(step.Context.Culture, NameTexts.ResourceManager)[nameof(NameTexts.NameGoOnWithout)]
            : texts[nameof(Texts.NameSkipped)];
        await step.SendAsync(reply, cancellationToken);
        return await step.NextAsync(cancellationToken: cancellationToken);
    }

    /// <summary>
    /// A going-back client who consents again keeps their record (and its answers); a first consent
    /// creates it. An invite code the host stored for this conversation is carried over.
    /// </summary>
    private static void StartRecord(DialogContext dc, DateTimeOffset consentAt)
    {
        if (dc.Record() is { Status: IntakeStatus.Draft })
        {
            return;
        }

        dc.Conversation.Set(IntakeSession.RecordKey, new IntakeRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            ConsentAt = consentAt,
            Locale = dc.Culture.Name,
            InviteCode = dc.Conversation.Get<string>(IntakeSession.InviteCodeKey),
            UpdatedAt = dc.Now,
        });
    }
}
