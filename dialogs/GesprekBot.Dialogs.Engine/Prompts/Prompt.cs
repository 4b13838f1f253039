using System.Text.Json;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>
/// A dialog that asks one question until it gets a usable answer, counting attempts in its frame.
/// It always ends with a <see cref="PromptResult{T}"/>: recognised, skipped, or too many attempts
/// with the raw text, so the asking dialog can move on without losing what the user said.
/// </summary>
/// <typeparam name="T">The value the prompt produces.</typeparam>
public abstract class Prompt<T> : Dialog, IPrompt
{
    /// <summary>Creates a prompt.</summary>
    /// <param name="id">The dialog id.</param>
    /// <param name="validator">Extra checks on a recognised value, or null.</param>
    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id) => Validator = validator;

    /// <summary>The validator given at construction, or null.</summary>
    public PromptValidator<T>? Validator { get; }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = ReadOptions(options);
        // Every beginning is a new question, also when the same prompt asks again ("terug", a loop).
        dc.ActiveFrame!.State = DialogJson.ToElement(new PromptProgress(0, dc.Conversation.NextQuestionNumber(dc.Now)));
        await dc.SendAsync(Decorate(promptOptions.Prompt, promptOptions, dc), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Turn.Kind != TurnKind.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var frame = dc.ActiveFrame!;
        var options = ReadOptions(frame.Options);
        var progress = DialogJson.FromElement<PromptProgress>(frame.State) ?? new PromptProgress(0, 0);
        var attempts = progress.Attempts + 1;
        frame.State = DialogJson.ToElement(progress with { Attempts = attempts });

        var text = dc.Turn.Text ?? string.Empty;
        var recognition = Recognize(text, options, dc);
        var sentBefore = dc.Replies.Count;
        var valid = recognition.Succeeded
            && (Validator is null
                || await Validator(new PromptValidatorContext<T>(dc, recognition.Value!, text, attempts, options), cancellationToken));

        if (valid)
        {
            return await dc.EndDialogAsync(new PromptResult<T>(PromptStatus.Recognized, recognition.Value, text), cancellationToken);
        }

        if (options.MaxAttempts > 0 && attempts >= options.MaxAttempts)
        {
            return await dc.EndDialogAsync(new PromptResult<T>(PromptStatus.TooManyAttempts, default, text), cancellationToken);
        }

        // A validator that explained the problem itself has said enough.
        if (dc.Replies.Count == sentBefore)
        {
            await dc.SendAsync(Decorate(options.RetryPrompt ?? options.Prompt, options, dc), cancellationToken);
        }

        return DialogTurnResult.Waiting;
    }

    /// <summary>Asks the original question again.</summary>
    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var options = ReadOptions(dc.ActiveFrame!.Options);
        return dc.SendAsync(Decorate(options.Prompt, options, dc), cancellationToken);
    }

    /// <summary>Ends the prompt as skipped, keeping the text the user sent.</summary>
    public override async Task<DialogTurnResult?> SkipAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return await dc.EndDialogAsync(new PromptResult<T>(PromptStatus.Skipped, default, dc.Turn.Text), cancellationToken);
    }

    /// <summary>True when the stored attempt count reads; the options are checked when the prompt restarts.</summary>
    public override bool CanReadState(JsonElement state)
    {
        try
        {
            return DialogJson.FromElement<PromptProgress>(state) is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>True when the stored options still read as <see cref="PromptOptions"/>.</summary>
    public override bool CanReadOptions(JsonElement? options)
    {
        try
        {
            return DialogJson.FromElement<PromptOptions>(options) is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Understands the user's text.</summary>
    protected abstract Recognition<T> Recognize(string text, PromptOptions options, DialogContext dc);

    /// <summary>
    /// Adapts the question before sending, e.g. adds buttons; by default marks it as expecting input
    /// and names the question it is (<see cref="Reply.QuestionId"/>).
    /// </summary>
    protected virtual Reply Decorate(Reply reply, PromptOptions options, DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(dc);
        return reply with { InputHint = ReplyInputHint.ExpectingInput, QuestionId = dc.WaitingQuestionId };
    }

    private PromptOptions ReadOptions(JsonElement? options) =>
        DialogJson.FromElement<PromptOptions>(options)
        ?? throw new InvalidOperationException($"Prompt '{Id}' was begun without PromptOptions.");

    /// <param name="Attempts">Answers given so far.</param>
    /// <param name="Question">The question's number (<see cref="QuestionIdentity"/>); 0 in state of an older build.</param>
    private sealed record PromptProgress(int Attempts, long Question);
}
