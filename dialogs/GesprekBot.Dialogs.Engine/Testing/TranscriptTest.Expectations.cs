using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Testing;

public sealed partial class TranscriptTest
{
    /// <summary>The next reply's text is exactly <paramref name="text"/>.</summary>
    public TranscriptTest BotSays(string text) => Check(run =>
    {
        var reply = run.Read($"\"{text}\"");
        if (reply.Text != text)
        {
            throw run.Fail($"Expected the bot to say \"{text}\" but it said \"{reply.Text}\".");
        }
    });

    /// <summary>The next reply's text contains <paramref name="fragment"/> (ordinal, case-sensitive).</summary>
    public TranscriptTest BotSaysContaining(string fragment) => Check(run =>
    {
        var reply = run.Read($"something containing \"{fragment}\"");
        if (!reply.Text.Contains(fragment, StringComparison.Ordinal))
        {
            throw run.Fail($"Expected the bot to say something containing \"{fragment}\" but it said \"{reply.Text}\".");
        }
    });

    /// <summary>The next reply may say anything (e.g. a long text tested elsewhere).</summary>
    public TranscriptTest BotSaysAnything() => Check(run => run.Read("anything"));

    /// <summary>The next reply satisfies <paramref name="assert"/>, which throws when it does not.</summary>
    public TranscriptTest BotReplies(Action<Reply> assert) => Check(run => assert(run.Read("a reply")));

    /// <summary>The last reply read offers exactly these buttons, in this order.</summary>
    public TranscriptTest BotOffers(params string[] titles) => Check(run =>
    {
        var offered = run.LastReply?.Choices.Select(c => c.Title).ToArray() ?? [];
        if (!offered.SequenceEqual(titles))
        {
            throw run.Fail($"Expected buttons [{string.Join(", ", titles)}] but the bot offered [{string.Join(", ", offered)}].");
        }
    });

    /// <summary>The bot says nothing more this turn.</summary>
    public TranscriptTest BotSaysNothingMore() => Check(run => run.ExpectAllRead());

    /// <summary>The last turn ended the conversation (the root dialog ended or was cancelled).</summary>
    public TranscriptTest ConversationEnds() => Check(run =>
    {
        if (run.LastResult is not { ConversationEnded: true })
        {
            throw run.Fail("Expected the conversation to have ended.");
        }
    });

    /// <summary>Checks the last turn's result and the state as it was saved after it.</summary>
    public TranscriptTest Then(Action<TurnResult, ConversationState> assert) => Check(run =>
    {
        if (run.LastResult is null)
        {
            throw run.Fail("Then(...) needs a turn before it.");
        }

        assert(run.LastResult, ConversationState.Parse(run.StateJson));
    });

    /// <summary>One table row: the user says <paramref name="user"/>, the bot answers exactly <paramref name="bot"/>, in order.</summary>
    public TranscriptTest Row(string user, params string[] bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        UserSays(user);
        foreach (var line in bot)
        {
            BotSays(line);
        }

        return this;
    }

    /// <summary>A table of rows, each "user says → the bot's one answer".</summary>
    public TranscriptTest Rows(params IEnumerable<(string User, string Bot)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var (user, bot) in rows)
        {
            Row(user, bot);
        }

        return this;
    }
}
