using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Intake;

/// <summary>Intake steps 1–2: welcome, what the bot is not, consent, how to be called.</summary>
internal static class WelcomeSteps
{
    public static void AddTo(WaterfallDialog<IntakeState> intake) => intake
        .AddStep(WelcomeAndAskConsentAsync)
        .AddStep(HandleConsentAsync)
        .AddStep(HandleNameAsync);

    private static async Task<DialogTurnResult> WelcomeAndAskConsentAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(step.Context.Culture);
        if (step.Context.Record() is { Status: IntakeStatus.Submitted })
        {
            // A new intake after a submitted one: that one was published when it was submitted,
            // and nothing said before the new consent may be added to it.
            step.Context.Conversation.Remove(IntakeSession.RecordKey);
            step.Context.Conversation.Remove(IntakeSession.StageKey);
        }

        await step.SendAsync(texts[nameof(Texts.Welcome)], cancellationToken);
        await step.SendAsync(texts[nameof(Texts.NotACrisisService)], cancellationToken);
        await InviteNotice.SendIfUnknownAsync(step.Context, cancellationToken);
        step.Context.Conversation.Set(IntakeSession.QuestionKey, new OpenQuestion("intake.consent", Technique.Intake));
        return await step.PromptAsync(IntakeDialog.ConsentPromptId, new PromptOptions
        {
            Prompt = Reply.Ask(texts[nameof(Texts.ConsentQuestion)], IntakeQuestions.YesNo(texts)),
            RetryPrompt = Reply.Ask(texts[nameof(Texts.ConsentRetry)], IntakeQuestions.YesNo(texts)),
            MaxAttempts = 3,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> HandleConsentAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(step.Context.Culture);
        var answer = step.PromptResult<bool>();

        // Only a clear "yes" is consent; "no", skipping or not understood all mean: keep nothing.
        if (answer is not { IsRecognized: true, Value: true })
        {
            await step.SendAsync(texts[nameof(Texts.ConsentRefused)], cancellationToken);
            return await step.EndAsync(cancellationToken: cancellationToken);
        }

        var dc = step.Context;
        step.State = step.State with { ConsentAt = dc.Now };
        StartRecord(dc, dc.Now);
        await step.SendAsync(texts[nameof(Texts.ConsentGiven)], cancellationToken);
        await step.SendAsync(texts[nameof(Texts.HowToUse)], cancellationToken);
        await IntakeQuestions.SendProgressAsync(dc, IntakeStage.Name, cancellationToken);
        dc.Conversation.Set(IntakeSession.QuestionKey, new OpenQuestion("intake.name", Technique.Intake));
        return await step.PromptAsync(IntakeDialog.NamePromptId, PromptOptions.Ask(texts[nameof(Texts.NameQuestion)]), cancellationToken);
    }

    private static async Task<DialogTurnResult> HandleNameAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(step.Context.Culture);
        var answer = step.PromptResult<string>();
        var name = answer is { IsRecognized: true, Value: { } value } ? Shorten(value.Trim()) : null;
        step.State = step.State with { PreferredName = name };
        if (step.State.ConsentAt is { } consentAt && step.Context.ActiveRecord() is null)
        {
            // Consent given under version 1, which kept no record yet.
            StartRecord(step.Context, consentAt);
        }

        step.Context.UpdateRecord(r => r with { PreferredName = name });
        await step.SendAsync(
            name is null ? texts[nameof(Texts.NameSkipped)] : texts.Format(nameof(Texts.NameThanks), name),
            cancellationToken);
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

    private static string Shorten(string name) => name.Length <= IntakeDialog.MaxNameLength ? name : name[..IntakeDialog.MaxNameLength];
}
