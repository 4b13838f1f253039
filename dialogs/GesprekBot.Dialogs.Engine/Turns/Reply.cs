namespace GesprekBot.Dialogs.Engine.Turns;

/// <summary>How the bot expects the user to respond after a reply.</summary>
public enum ReplyInputHint
{
    /// <summary>The bot is not waiting for anything in particular.</summary>
    AcceptingInput,

    /// <summary>The bot asked a question and waits for the answer.</summary>
    ExpectingInput,

    /// <summary>More replies follow before the user should answer.</summary>
    IgnoringInput,
}

/// <summary>A button the user can press; pressing it sends <see cref="Value"/> as text.</summary>
/// <param name="Title">The label shown on the button.</param>
/// <param name="Value">The text sent when pressed; defaults to the title.</param>
public sealed record ReplyChoice(string Title, string? Value = null)
{
    /// <summary>The text that pressing the button sends.</summary>
    public string SentText => Value ?? Title;
}

/// <summary>A channel-neutral card: a title, a body, labelled facts and buttons.</summary>
/// <param name="Title">The card's heading.</param>
/// <param name="Text">Body text, may be null.</param>
/// <param name="Facts">Label/value pairs shown as a list.</param>
/// <param name="Buttons">Buttons under the card.</param>
public sealed record ReplyCard(
    string Title,
    string? Text,
    IReadOnlyList<KeyValuePair<string, string>> Facts,
    IReadOnlyList<ReplyChoice> Buttons);

/// <summary>One message from the bot, free of any wire format. The host turns it into an activity.</summary>
/// <param name="Text">The message text (plain text).</param>
/// <param name="Choices">Suggested answers shown as buttons; free text stays possible.</param>
/// <param name="Card">An optional card; channels without cards get <see cref="Text"/> only.</param>
/// <param name="InputHint">Whether the bot now waits for an answer.</param>
public sealed record Reply(
    string Text,
    IReadOnlyList<ReplyChoice> Choices,
    ReplyCard? Card = null,
    ReplyInputHint InputHint = ReplyInputHint.AcceptingInput)
{
    /// <summary>
    /// The identity of the prompt that asked this question (its dialog id and question number), set by
    /// the prompt when it sends the reply; null for replies that are not a prompt's question. A host
    /// puts it on card buttons so that a click can be matched to the question it answers
    /// (<see cref="Turn.AnswersQuestionId"/>).
    /// </summary>
    public string? QuestionId { get; init; }

    /// <summary>A plain text message.</summary>
    public static Reply Say(string text) => new(text, []);

    /// <summary>A question with optional button choices; the bot waits for the answer.</summary>
    public static Reply Ask(string text, params IReadOnlyList<ReplyChoice> choices) =>
        new(text, choices, null, ReplyInputHint.ExpectingInput);
}
