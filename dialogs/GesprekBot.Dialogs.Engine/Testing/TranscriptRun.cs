using System.Globalization;
using System.Text;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Testing;

/// <summary>The running side of a <see cref="TranscriptTest"/>: state JSON, unread replies, a log.</summary>
internal sealed class TranscriptRun(DialogEngine engine, string? stateJson)
{
    private readonly Queue<Reply> unread = new();
    private readonly StringBuilder log = new();

    public string? StateJson { get; private set; } = stateJson;

    public Reply? LastReply { get; private set; }

    public TurnResult? LastResult { get; private set; }

    public async Task SendAsync(Turn turn, CancellationToken cancellationToken)
    {
        ExpectAllRead();
        log.AppendLine(turn.Kind == TurnKind.Message ? $"user: {turn.Text}" : $"({turn.Kind})");

        // Every turn starts from JSON, as in production, so each test proves state survives a save and load.
        var state = ConversationState.Parse(StateJson);
        LastResult = await engine.RunTurnAsync(state, turn, cancellationToken);
        StateJson = state.ToJson();
        foreach (var reply in LastResult.Replies)
        {
            unread.Enqueue(reply);
        }
    }

    public Reply Read(string expectation)
    {
        if (!unread.TryDequeue(out var reply))
        {
            throw Fail($"Expected the bot to say {expectation}, but it said nothing more.");
        }

        log.AppendLine(CultureInfo.InvariantCulture, $"bot:  {reply.Text}{Buttons(reply)}");
        LastReply = reply;
        return reply;
    }

    public void ExpectAllRead()
    {
        if (unread.Count > 0)
        {
            throw Fail($"The bot said more than the transcript expects: {string.Join(" | ", unread.Select(r => r.Text))}");
        }
    }

    public TranscriptAssertionException Fail(string message) =>
        new($"{message}{Environment.NewLine}Transcript so far:{Environment.NewLine}{log}");

    private static string Buttons(Reply reply) =>
        reply.Choices.Count == 0 ? string.Empty : $"  [{string.Join("] [", reply.Choices.Select(c => c.Title))}]";
}
