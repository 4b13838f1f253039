using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Intake;

/// <summary>
/// The client's intake (DOMAIN.md, "Intake flow"), in the order it runs: welcome and consent,
/// then how to be called. Without consent nothing is stored and the conversation ends kindly.
/// </summary>
public sealed class IntakeDialog : WaterfallDialog<IntakeState>
{
    public const string DialogId = "intake";
    public const string ConsentPromptId = "intake.consent";
    public const string NamePromptId = "intake.name";

    /// <summary>The longest name kept; longer answers are cut, not refused.</summary>
    public const int MaxNameLength = 60;

    public IntakeDialog(Recognizer<bool> yesNo)
        : base(DialogId, version: 1)
    {
        AddDialog(new ConfirmPrompt(ConsentPromptId, recognizer: yesNo));
        AddDialog(new TextPrompt(NamePromptId));
        AddStep(WelcomeAndAskConsentAsync);
        AddStep(HandleConsentAsync);
        AddStep(HandleNameAsync);
    }

    private static async Task<DialogTurnResult> WelcomeAndAskConsentAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(step.Context.Culture);
        await step.SendAsync(texts[nameof(Texts.Welcome)], cancellationToken);
        await step.SendAsync(texts[nameof(Texts.NotACrisisService)], cancellationToken);
        return await step.PromptAsync(ConsentPromptId, new PromptOptions
        {
            Prompt = Reply.Ask(texts[nameof(Texts.ConsentQuestion)], YesNoChoices(texts)),
            RetryPrompt = Reply.Ask(texts[nameof(Texts.ConsentRetry)], YesNoChoices(texts)),
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

        step.State = step.State with { ConsentAt = step.Context.Now };
        await step.SendAsync(texts[nameof(Texts.ConsentGiven)], cancellationToken);
        await step.SendAsync(texts[nameof(Texts.HowToUse)], cancellationToken);
        return await step.PromptAsync(NamePromptId, PromptOptions.Ask(texts[nameof(Texts.NameQuestion)]), cancellationToken);
    }

    private static async Task<DialogTurnResult> HandleNameAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(step.Context.Culture);
        var answer = step.PromptResult<string>();
        var name = answer is { IsRecognized: true, Value: { } value } ? Shorten(value.Trim()) : null;
        step.State = step.State with { PreferredName = name };
        await step.SendAsync(
            name is null ? texts[nameof(Texts.NameSkipped)] : texts.Format(nameof(Texts.NameThanks), name),
            cancellationToken);
        return await step.EndAsync(step.State, cancellationToken);
    }

    private static string Shorten(string name) => name.Length <= MaxNameLength ? name : name[..MaxNameLength];

    private static ReplyChoice[] YesNoChoices(TextCatalog texts) =>
        [new(texts[nameof(Texts.ChoiceYes)]), new(texts[nameof(Texts.ChoiceNo)])];
}
