using System.Globalization;
using System.Text.Json;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine;

/// <summary>
/// One turn as the dialogs see it: the user's input, the dialog stack, conversation values,
/// the replies sent so far, the culture and the clock.
/// </summary>
public sealed partial class DialogContext
{
    private readonly List<Reply> replies = [];
    private readonly TimeProvider timeProvider;
    private readonly CultureInfo channelCulture;

    /// <summary>Creates a context; the engine does this once per turn, tests may too.</summary>
    public DialogContext(DialogSet dialogs, ConversationState conversation, Turn turn, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Dialogs = dialogs;
        Conversation = conversation;
        Turn = turn;
        this.timeProvider = timeProvider;
        channelCulture = DialogCulture.FromLocale(turn.Locale);
    }

    /// <summary>The registered dialogs.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The conversation's stack and typed values (<see cref="ConversationState.Get{T}"/>, <see cref="ConversationState.Set{T}"/>).</summary>
    public ConversationState Conversation { get; }

    /// <summary>The user's input.</summary>
    public Turn Turn { get; private set; }

    /// <summary>
    /// The culture to answer in: the language chosen in this conversation (<see cref="ChooseCulture"/>)
    /// if there is one, else the turn's locale: English for "en*" locales, otherwise nl-BE.
    /// </summary>
    public CultureInfo Culture =>
        Conversation.TryGet<string>(DialogCulture.ChoiceKey, out var chosen) && chosen is not null
            ? DialogCulture.FromLocale(chosen)
            : channelCulture;

    /// <summary>
    /// Chooses the language for the rest of the conversation, over the channel's locale, from this
    /// turn on (it is stored in the conversation state). A culture the bot does not speak maps as a
    /// locale would (<see cref="DialogCulture.FromLocale"/>); null forgets the choice, so the
    /// channel's locale counts again.
    /// </summary>
    public void ChooseCulture(CultureInfo? culture)
    {
        if (culture is null)
        {
            Conversation.Remove(DialogCulture.ChoiceKey);
            return;
        }

        Conversation.Set(DialogCulture.ChoiceKey, DialogCulture.FromLocale(culture.Name).Name);
    }

    /// <summary>The current time from the engine's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset Now => timeProvider.GetUtcNow();

    /// <summary>The engine's clock, for dialogs that need more than <see cref="Now"/>.</summary>
    public TimeProvider Time => timeProvider;

    /// <summary>The replies sent during this turn, in order.</summary>
    public IReadOnlyList<Reply> Replies => replies;

    /// <summary>The dialog stack, root first.</summary>
    public IReadOnlyList<DialogFrame> Stack => Conversation.Stack;

    /// <summary>The active (top) frame, or null when the stack is empty.</summary>
    public DialogFrame? ActiveFrame => Conversation.ActiveFrame;

    /// <summary>The id of the active dialog (often a prompt), or null; lets help be contextual.</summary>
    public string? ActiveDialogId => ActiveFrame?.DialogId;

    /// <summary>The active dialog, or null.</summary>
    public Dialog? ActiveDialog => ActiveFrame is { } frame ? Dialogs.Find(frame.DialogId) : null;

    /// <summary>
    /// The options of the active prompt (its question, choices), or null when the active dialog is
    /// not a prompt; lets help explain the pending question.
    /// </summary>
    public PromptOptions? ActivePromptOptions =>
        ActiveDialog is IPrompt && ActiveFrame is { Options: { } options } ? DialogJson.FromElement<PromptOptions>(options) : null;

    /// <summary>
    /// The identity of the question the active prompt waits on ("{dialog id}:{number}"), or null when
    /// no prompt waits. It stays the same while that prompt retries or is reprompted.
    /// </summary>
    public string? WaitingQuestionId => QuestionIdentity.Of(ActiveFrame, ActiveDialog);

    /// <summary>
    /// True when the turn says which question it answers (<see cref="Turn.AnswersQuestionId"/>, a card
    /// button) and that is not the question waiting now: a click on an old card. Typed text never is.
    /// </summary>
    public bool AnswersEarlierQuestion =>
        Turn.AnswersQuestionId is { } answered && !string.Equals(answered, WaitingQuestionId, StringComparison.Ordinal);

    /// <summary>True once the bottom dialog ended or was cancelled during this turn.</summary>
    public bool StackEmptied { get; private set; }

    /// <summary>True when <see cref="CancelAllDialogsAsync"/> cleared a non-empty stack during this turn.</summary>
    public bool WasCancelled { get; private set; }

    /// <summary>The result the bottom dialog ended with during this turn, if any.</summary>
    public JsonElement? RootResult { get; private set; }

    /// <summary>Sends a reply; the host delivers the turn's replies in order.</summary>
    public Task SendAsync(Reply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        cancellationToken.ThrowIfCancellationRequested();
        replies.Add(reply);
        return Task.CompletedTask;
    }

    internal void DiscardRepliesAfter(int count) => replies.RemoveRange(count, replies.Count - count);

    /// <summary>Sends a plain text reply.</summary>
    public Task SendAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync(Reply.Say(text), cancellationToken);
}
