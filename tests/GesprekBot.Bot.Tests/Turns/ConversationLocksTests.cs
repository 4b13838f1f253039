using GesprekBot.Bot.Turns;

namespace GesprekBot.Bot.Tests.Turns;

public class ConversationLocksTests
{
    [Fact]
    public async Task Turns_of_one_conversation_wait_for_each_other()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("c1", CancellationToken.None);

        var second = locks.AcquireAsync("c1", CancellationToken.None);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Different_conversations_do_not_wait_for_each_other()
    {
        var locks = new ConversationLocks();
        using var first = await locks.AcquireAsync("c1", CancellationToken.None);

        var other = locks.AcquireAsync("c2", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task Locks_are_forgotten_when_nobody_holds_or_waits_for_them()
    {
        var locks = new ConversationLocks();
        var held = await locks.AcquireAsync("c1", CancellationToken.None);
        var waiting = locks.AcquireAsync("c1", CancellationToken.None);
        Assert.Equal(1, locks.Count);

        held.Dispose();
        held.Dispose();
        (await waiting).Dispose();

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_lock_usable()
    {
        var locks = new ConversationLocks();
        var held = await locks.AcquireAsync("c1", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("c1", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        held.Dispose();
        Assert.Equal(0, locks.Count);
        (await locks.AcquireAsync("c1", CancellationToken.None)).Dispose();
    }
}
