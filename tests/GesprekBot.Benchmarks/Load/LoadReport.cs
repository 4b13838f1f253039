using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Benchmarks.Load;

/// <summary>The load run's figures, the bot beside the stateless endpoint of the same run.</summary>
internal static class LoadReport
{
    /// <summary>How big one finished conversation's stored document is, and what takes the room.</summary>
    public static async Task PrintStateSizeAsync(IStateStore store, string key)
    {
        if (await store.ReadAsync(key) is not { } item)
        {
            return;
        }

        using var document = JsonDocument.Parse(item.Json);
        var parts = document.RootElement.EnumerateObject().Select(p => $"{p.Name} {p.Value.GetRawText().Length / 1024.0:F1} KiB");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored state after {ConversationScript.Lines.Count} turns: {item.Json.Length / 1024.0:F1} KiB ({string.Join(", ", parts)})"));
    }

    public static void Print(LoadOptions options, LoadTarget stateless, LoadTarget bot, (long Batches, long Writes) commits)
    {
        var c = CultureInfo.InvariantCulture;
        var timedOut = stateless.Rounds.Concat(bot.Rounds).Any(r => r.TimedOut) ? " (a round stopped at its time limit)" : string.Empty;
        Console.WriteLine(string.Create(c,
            $"load: {options.Conversations} conversations x {ConversationScript.Lines.Count} turns per round, {options.Rounds} rounds each (order swapped), concurrency {options.Concurrency}, store {options.Provider}{timedOut}"));
        Console.WriteLine("| system | turns/s | client p50 | p95 | p99 | server p50 | p95 | p99 | errors | KiB/turn | CPU ms/turn |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var target in new[] { stateless, bot })
        {
            Console.WriteLine(string.Create(c,
                $"| {target.Name} | {target.TurnsPerSecond:F0} | {target.ClientSide.Percentile(50):F1} | {target.ClientSide.Percentile(95):F1} | {target.ClientSide.Percentile(99):F1} | {target.ServerSide.Percentile(50):F2} | {target.ServerSide.Percentile(95):F2} | {target.ServerSide.Percentile(99):F2} | {target.Rounds.Sum(r => r.Errors)} | {target.AllocatedKiBPerTurn:F0} | {target.CpuMsPerTurn:F2} |"));
        }

        Console.WriteLine(string.Create(c, $"ratio bot/stateless turns/s: {bot.TurnsPerSecond / stateless.TurnsPerSecond:F2} (rounds: {string.Join(" ", bot.Rounds.Zip(stateless.Rounds, (b, s) => (b.TurnsPerSecond / s.TurnsPerSecond).ToString("F2", c)))})"));
        Console.WriteLine("(KiB and CPU per turn are of the whole process: the load clients count in both rows)");
        Console.WriteLine(string.Create(c, $"allocated by the bot beyond the stateless endpoint: {bot.AllocatedKiBPerTurn - stateless.AllocatedKiBPerTurn:F0} KiB per turn"));
        if (commits.Writes > 0)
        {
            Console.WriteLine(string.Create(c, $"group commit: {commits.Writes} writes in {commits.Batches} transactions ({commits.Writes / (double)Math.Max(1, commits.Batches):F1} per fsync)"));
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(c,
            $"memory (whole process: clients, both servers): peak working set {self.PeakWorkingSet64 / 1048576.0:F0} MiB, now {self.WorkingSet64 / 1048576.0:F0} MiB, managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MiB"));
    }
}
