using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>Where the conversation stands after a crisis signal, until the client goes on.</summary>
internal enum CrisisStage
{
    /// <summary>The help lines were given; the client chooses: call now, pause or go on.</summary>
    Choosing,

    /// <summary>The client said they would call; whatever they type next brings them back.</summary>
    Calling,

    /// <summary>The words were unsure: the bot asked gently what the client meant (Ja/Nee).</summary>
    Checking,
}

/// <summary>
/// The follow-up of a crisis signal, kept in the conversation (not in the record: nothing of it
/// is an answer). For <see cref="CrisisStage.Checking"/> it holds the message back until the
/// client says what they meant, so the message is then either a crisis or read as the answer.
/// </summary>
/// <param name="Stage">What the bot waits for.</param>
/// <param name="Categories">The signal's categories, most urgent first (they choose the numbers to show).</param>
/// <param name="ImmediateDanger">A method, a plan or danger now was named: 112 comes first.</param>
/// <param name="QuestionHeld">The dialog read the crisis message as its answer and its next question is not shown yet.</param>
internal sealed record CrisisFollowUp(CrisisStage Stage, IReadOnlyList<CrisisCategory> Categories, bool ImmediateDanger, bool QuestionHeld = false)
{
    public const string Key = "crisis.followup";

    /// <summary>The message held back while checking.</summary>
    public string? HeldText { get; init; }

    /// <summary>The unsure signal's trigger words, for the flag when the client says yes.</summary>
    public IReadOnlyList<string> TriggerWords { get; init; } = [];

    /// <summary>
    /// Set when the check is about a low scaling score (<see cref="LowScoreCheck"/>), not about words:
    /// the question fits the score, and the held score is the answer to the scale whatever is said.
    /// </summary>
    public int? LowScore { get; init; }

    /// <summary>How often the check was not understood.</summary>
    public int Attempts { get; init; }

    public static CrisisFollowUp? Of(DialogContext dc) =>
        dc.Conversation.TryGet<CrisisFollowUp>(Key, out var followUp) ? followUp : null;

    public CrisisSignal Signal() => new(Categories, TriggerWords) { ImmediateDanger = ImmediateDanger };

    public void Save(DialogContext dc) => dc.Conversation.Set(Key, this);

    public static void Clear(DialogContext dc) => dc.Conversation.Remove(Key);
}
