using System.Collections.Concurrent;

namespace GesprekBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// Runs short timers (retry delays) at once and records how long they asked for, so retry tests
/// check the waits without waiting. Long timers (the attempt timeout in tests) run for real.
/// </summary>
internal sealed class InstantDelayTimeProvider : TimeProvider
{
    public static readonly TimeSpan Threshold = TimeSpan.FromMinutes(1);

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new InstantTimer(this, callback, state, dueTime, period);

    private sealed class InstantTimer : ITimer
    {
        private readonly InstantDelayTimeProvider owner;
        private readonly TimerCallback callback;
        private readonly object? state;
        private ITimer? real;

        public InstantTimer(InstantDelayTimeProvider owner, TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            this.owner = owner;
            this.callback = callback;
            this.state = state;
            Change(dueTime, period);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            real?.Dispose();
            real = null;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }

            if (dueTime < Threshold)
            {
                owner.Delays.Enqueue(dueTime);
                ThreadPool.QueueUserWorkItem(_ => callback(state));
            }
            else
            {
                real = System.CreateTimer(callback, state, dueTime, period);
            }

            return true;
        }

        public void Dispose() => real?.Dispose();

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
