using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Intake;

/// <summary>How the name question is asked again.</summary>
/// <param name="Candidate">With a check back: the name to confirm ("Mag ik je Kevin noemen?"); else null.</param>
/// <param name="Round">How many times the question was asked again or checked back; after <see cref="NameStep.MaxRounds"/> the intake goes on without a name.</param>
/// <param name="Lead">The text key of how to ask: the explanation before the question (NameWhy), or a question of its own ("Oké. Hoe mag ik je dan noemen?"); null asks the question as the first time.</param>
public sealed record NameAsk(string? Candidate, int Round, string? Lead = null);

/// <summary>
/// The name question, understood as a caseworker would (<see cref="NameRecognizer"/>): a sure name is
/// kept and greeted; an unsure one is checked back; a question back gets why the bot asks and the same
/// question; "liever niet" is fine. The name step keeps its place in the waterfall (stored
/// conversations): asking again runs the step before it once more, as the consent question does.
/// </summary>
internal static class NameStep
{
    /// <summary>The step that asks the name question; its answer goes to the next step.</summary>
    public const int AskingStep = 1;

    /// <summary>Asked again or checked back at most this often; then the intake goes on without a name.</summary>
    public const int MaxRounds = 3;

    /// <summary>The first time the question is asked (after consent).</summary>
    public static Task<DialogTurnResult> AskAsync(WaterfallStep<IntakeState> step, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(step.Context.Culture);
        step.Context.Conversation.Set(IntakeSession.QuestionKey, new OpenQuestion("intake.name", Technique.Intake));
        return step.PromptAsync(IntakeDialog.NamePromptId, PromptOptions.Ask(texts[nameof(Texts.NameQuestion)]), cancellationToken);
    }

    /// <summary>Asks again as <paramref name="ask"/> says: the check back with Ja/Nee, or the name question after its lead.</summary>
    public static async Task<DialogTurnResult> AskAgainAsync(WaterfallStep<IntakeState> step, NameAsk ask, CancellationToken cancellationToken)
    {
        var texts = new TextCatalog(step.Context.Culture);
        var names = new TextCatalog(step.Context.Culture, NameTexts.ResourceManager);
        step.Context.Conversation.Set(IntakeSession.QuestionKey, new OpenQuestion("intake.name", Technique.Intake));
        if (ask.Candidate is { } candidate)
        {
            return await step.PromptAsync(IntakeDialog.NamePromptId, new PromptOptions
            {
                Prompt = Reply.Ask(names.Format(nameof(NameTexts.NameCheck), candidate), IntakeQuestions.YesNo(texts)),
            }, cancellationToken);
        }

        // The explanation comes before the same question; the other leads are the question themselves.
        if (ask.Lead == nameof(NameTexts.NameWhy))
        {
            await step.SendAsync(names[ask.Lead], cancellationToken);
        }

        var question = ask.Lead is null or nameof(NameTexts.NameWhy) ? texts[nameof(Texts.NameQuestion)] : names[ask.Lead];
        return await step.PromptAsync(IntakeDialog.NamePromptId, PromptOptions.Ask(question), cancellationToken);
    }

    /// <summary>
    /// Reads the answer: the name to keep (null: go on without one), or the way to ask again.
    /// </summary>
    public static NameOutcome Read(PromptResult<string>? answer, NameAsk? asked)
    {
        if (answer is not { IsRecognized: true, Value: { } text })
        {
            return new NameOutcome(null, null);
        }

        var round = (asked?.Round ?? 0) + 1;
        var reply = NameRecognizer.Recognize(text);
        reply = reply.Name is { } found ? reply with { Name = Shorten(found) } : reply;
        if (asked?.Candidate is { } candidate)
        {
            if (YesNoRecognizer.Recognize(text) == true)
            {
                return new NameOutcome(candidate, null);
            }

            // "nee" asks the name again; a new name answers the check back at once.
            if (reply.IsSureName)
            {
                return new NameOutcome(reply.Name, null);
            }

            return Again(round, reply.Kind == NameReplyKind.Name ? reply.Name : null, nameof(NameTexts.NameAskAgain));
        }

        return reply switch
        {
            { IsSureName: true } => new NameOutcome(reply.Name, null),
            { Kind: NameReplyKind.Name } => Again(round, reply.Name, null),
            { Kind: NameReplyKind.Question } => Again(round, null, nameof(NameTexts.NameWhy)),
            { Kind: NameReplyKind.Skip } => new NameOutcome(null, null),
            _ => Again(round, null, nameof(NameTexts.NameNotUnderstood)),
        };
    }

    /// <summary>Cuts a name longer than <see cref="IntakeDialog.MaxNameLength"/> at a word where it can.</summary>
    public static string Shorten(string name)
    {
        if (name.Length <= IntakeDialog.MaxNameLength)
        {
            return name;
        }

        var cut = name.LastIndexOf(' ', IntakeDialog.MaxNameLength);
        return cut > 0 ? name[..cut] : name[..IntakeDialog.MaxNameLength];
    }

    private static NameOutcome Again(int round, string? candidate, string? lead) =>
        round > MaxRounds ? new NameOutcome(null, null, GaveUp: true) : new NameOutcome(null, new NameAsk(candidate, round, lead));
}

/// <param name="Name">The name to keep; null when there is none (skipped, refused, or given up).</param>
/// <param name="AskAgain">How to ask again; null when the step is done.</param>
/// <param name="GaveUp">Asked too often: the intake goes on without a name (and says so).</param>
internal sealed record NameOutcome(string? Name, NameAsk? AskAgain, bool GaveUp = false);
