using System.Text.Json;

namespace GesprekBot.Dialogs.Engine.Turns;

/// <summary>What kind of input a turn carries.</summary>
public enum TurnKind
{
    /// <summary>The user said or clicked something.</summary>
    Message,

    /// <summary>The user joined the conversation; the bot may greet them.</summary>
    ConversationStart,
}

/// <summary>
/// One unit of user input, free of any wire format. The host builds it from an incoming activity.
/// </summary>
/// <param name="Kind">Message or conversation start.</param>
/// <param name="Text">What the user typed or the button's text; null when there is none.</param>
/// <param name="Value">Structured input such as a card submission; null when there is none.</param>
/// <param name="Locale">The user's locale (for example "nl-BE" or "en-US"); null means the default.</param>
/// <param name="UserId">The channel's id for the user.</param>
/// <param name="Capabilities">What the channel can show.</param>
public sealed record Turn(
    TurnKind Kind,
    string? Text,
    JsonElement? Value,
    string? Locale,
    string UserId,
    ChannelCapabilities Capabilities)
{
    /// <summary>
    /// The <see cref="Reply.QuestionId"/> of the question this input answers, when the channel says so
    /// (a click on a card button); null for typed text. An answer to a question that is no longer the
    /// one waiting is recognisable through <see cref="DialogContext.AnswersEarlierQuestion"/>.
    /// </summary>
    public string? AnswersQuestionId { get; init; }

    /// <summary>A message turn with text only, on a channel with default capabilities.</summary>
    public static Turn FromText(string? text, string userId = "user", string? locale = "nl-BE") =>
        new(TurnKind.Message, text, null, locale, userId, ChannelCapabilities.Default);

    /// <summary>The user joining the conversation.</summary>
    public static Turn Start(string userId = "user", string? locale = "nl-BE") =>
        new(TurnKind.ConversationStart, null, null, locale, userId, ChannelCapabilities.Default);
}
