using System.Text.Json;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine;

/// <summary>What one turn produced, for the host to deliver and save.</summary>
/// <param name="Replies">The bot's replies, in order.</param>
/// <param name="DialogStatus">Waiting when a dialog waits for the user; Complete/Cancelled when the stack emptied this turn; Empty when no dialog ran.</param>
/// <param name="ConversationEnded">True when the root dialog ended or was cancelled during this turn.</param>
public sealed record TurnResult(IReadOnlyList<Reply> Replies, DialogTurnStatus DialogStatus, bool ConversationEnded)
{
    /// <summary>
    /// True when the stored state could not be used (corrupt JSON, or a dialog on the stack that this build
    /// no longer has) and the conversation started over; the host may apologise.
    /// </summary>
    public bool StateWasReset { get; init; }

    /// <summary>True when a dialog's stored state was too old to continue and that dialog started again.</summary>
    public bool DialogRestarted { get; init; }

    /// <summary>True when an interceptor handled the message.</summary>
    public bool Intercepted { get; init; }

    /// <summary>The root dialog's result when it ended this turn.</summary>
    public JsonElement? Result { get; init; }
}
