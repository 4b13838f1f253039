using System.Diagnostics;

namespace GesprekBot.Benchmarks.Load;

/// <summary>What one round against one target measured.</summary>
internal sealed record LoadRoundResult(int Turns, int Errors, TimeSpan Elapsed, long AllocatedBytes, TimeSpan Cpu, bool TimedOut)
{
    public double TurnsPerSecond => Turns / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>
/// One round: <c>conversations</c> fresh conversations, each the whole script, at most
/// <c>concurrency</c> at a time, against one target. Latencies go to the pooled client-side stats.
/// </summary>
internal static class LoadRound
{
    public static async Task<LoadRoundResult> RunAsync(HttpClient http, string prefix, LoadOptions options, LatencyStats clientSide)
    {
        var errors = 0;
        var turns = 0;
        using var deadline = new CancellationTokenSource(options.MaxDuration);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, options.Conversations,
            new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = deadline.Token },
            async (i, ct) =>
            {
                for (var turn = 0; turn < ConversationScript.Lines.Count; turn++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var ok = await LoadDriver.PostAsync(http, $"{prefix}-{i}", turn, ConversationScript.Lines[turn], ct);
                    clientSide.Add(Stopwatch.GetElapsedTime(started));
                    Interlocked.Increment(ref turns);
                    if (!ok)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            }).ContinueWith(_ => { }, TaskScheduler.Default);
        clock.Stop();
        return new LoadRoundResult(turns, errors, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, deadline.IsCancellationRequested);
    }
}
