using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Turns;

/// <summary>
/// The one door into the bot for every channel: /api/messages and Direct Line both hand an
/// inbound activity here and deliver the reply activities it returns in their own way.
/// </summary>
public interface IActivityProcessor
{
    /// <summary>
    /// Runs one inbound activity as a turn and returns the replies, addressed to the sender
    /// (from/recipient swapped, conversation copied, replyToId set). A duplicate activity id for the
    /// same conversation returns the replies of the first run without running the turn again.
    /// </summary>
    Task<IReadOnlyList<Activity>> ProcessAsync(Activity inbound, CancellationToken cancellationToken);
}
