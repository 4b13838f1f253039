using System.Collections.Concurrent;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Tests.Channels.BotFramework;

/// <summary>The turn pipeline's port, faked: answers every activity with fixed replies.</summary>
internal sealed class FakeActivityProcessor(params Reply[] replies) : IActivityProcessor
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public Func<Activity, IReadOnlyList<Activity>>? Respond { get; init; }

    public Task<IReadOnlyList<Activity>> ProcessAsync(Activity inbound, CancellationToken cancellationToken)
    {
        Received.Enqueue(inbound);
        return Task.FromResult(Respond?.Invoke(inbound) ?? ReplyMapper.ToActivities(inbound, replies));
    }
}
