using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Testing;

/// <summary>
/// A conversation script run through the real engine, in the spirit of Bot Builder's TestFlow:
/// <c>new TranscriptTest(engine).UserSays("hoi").BotSays("Dag!").AssertAsync()</c>.
/// Between turns the state is serialised to JSON and parsed back. Every reply must be expected:
/// a reply the script does not read fails the test at the next user turn or at the end.
/// </summary>
/// <param name="engine">The engine under test.</param>
/// <param name="initialStateJson">Stored state to start from (e.g. written by an older build), or null.</param>
public sealed partial class TranscriptTest(DialogEngine engine, string? initialStateJson = null)
{
    private readonly List<Func<TranscriptRun, CancellationToken, Task>> script = [];
    private string locale = "nl-BE";
    private ChannelCapabilities capabilities = ChannelCapabilities.Default;

    /// <summary>Sends the following turns with this locale (default nl-BE).</summary>
    public TranscriptTest WithLocale(string value)
    {
        locale = value;
        return this;
    }

    /// <summary>Sends the following turns as from a channel with these capabilities.</summary>
    public TranscriptTest WithCapabilities(ChannelCapabilities value)
    {
        capabilities = value;
        return this;
    }

    /// <summary>The user opens the conversation.</summary>
    public TranscriptTest StartConversation()
    {
        var turnLocale = locale;
        var turnCapabilities = capabilities;
        return Send(() => new Turn(TurnKind.ConversationStart, null, null, turnLocale, "user", turnCapabilities));
    }

    /// <summary>The user sends <paramref name="text"/>.</summary>
    public TranscriptTest UserSays(string text)
    {
        var turnLocale = locale;
        var turnCapabilities = capabilities;
        return Send(() => new Turn(TurnKind.Message, text, null, turnLocale, "user", turnCapabilities));
    }

    /// <summary>Sends a turn built by the test (e.g. with a card value).</summary>
    public TranscriptTest Send(Func<Turn> turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        script.Add((run, ct) => run.SendAsync(turn(), ct));
        return this;
    }

    /// <summary>
    /// Runs the script. Fails with <see cref="TranscriptAssertionException"/> on the first mismatch.
    /// </summary>
    /// <returns>The state after the last turn, read back from JSON.</returns>
    public async Task<ConversationState> AssertAsync(CancellationToken cancellationToken = default)
    {
        var run = new TranscriptRun(engine, initialStateJson);
        foreach (var step in script)
        {
            await step(run, cancellationToken);
        }

        run.ExpectAllRead();
        return ConversationState.Parse(run.StateJson);
    }

    private TranscriptTest Check(Action<TranscriptRun> check)
    {
        script.Add((run, _) =>
        {
            check(run);
            return Task.CompletedTask;
        });
        return this;
    }
}
