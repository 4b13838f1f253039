using System.Diagnostics;
using System.Globalization;
using GesprekBot.Benchmarks.Load;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Benchmarks.Growth;

/// <summary>
/// Does a turn or a review page get slower as the store fills up? Two bots run side by side in this
/// process, one on an empty store and one on a store seeded with many submitted intakes, audit entries
/// and notes (through the app's own repositories). They are measured in turns, several rounds, the
/// order swapped each round, so warm-up, JIT tiers and the machine's drift fall on both alike; the
/// figure is each store's median over the rounds.
/// </summary>
internal static class GrowthDriver
{
    private const string Organisation = "CAW Oost";
    private static readonly ReviewUser Caseworker = new("growth", "Groei", Organisation, IsAdmin: false);

    public static async Task<int> RunAsync(GrowthOptions options)
    {
        // SQLite's I/O is synchronous under the async API, so it blocks pool threads, and the pool
        // grows while a store is seeded: without a fixed floor a phase measured after the seeding runs
        // on a bigger pool than one measured before it. Hold it fixed for the whole run.
        ThreadPool.GetMinThreads(out _, out var io);
        ThreadPool.SetMinThreads(Math.Max(64, options.Concurrency * 4), io);
        var settings = new Dictionary<string, string> { ["Review:DefaultOrganisation"] = Organisation };
        var emptyData = Path.Combine(Path.GetTempPath(), "gesprekbot-growth-empty-" + Guid.NewGuid().ToString("N"));
        var fullData = Path.Combine(Path.GetTempPath(), "gesprekbot-growth-full-" + Guid.NewGuid().ToString("N"));
        await using var emptyApp = await LoadDriver.StartBotAsync(emptyData, options.Provider, settings);
        await using var fullApp = await LoadDriver.StartBotAsync(fullData, options.Provider, settings);
        var stores = new[] { new Store("empty", emptyApp, emptyData), new Store("full", fullApp, fullData) };
        try
        {
            var seeding = Stopwatch.StartNew();
            await SeedAsync(fullApp.Services, options.Intakes, options.Concurrency);
            seeding.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {options.Intakes} intakes (+1 audit entry each, a note on every 10th) in {seeding.Elapsed.TotalSeconds:F0} s"));
            await CheckpointAsync(fullApp.Services, fullData);
            foreach (var store in stores)
            {
                await MeasureAsync(store, "warm-up", options);
            }

            for (var round = 1; round <= options.Rounds; round++)
            {
                foreach (var store in round % 2 == 1 ? stores : stores.Reverse())
                {
                    store.Rounds.Add(await MeasureAsync(store, $"round {round}", options, pooled: true));
                }
            }

            var empty = Figures.Median(stores[0].Rounds);
            var full = Figures.Median(stores[1].Rounds);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"median of {options.Rounds} rounds, empty: turn p50 {empty.TurnP50:F1} ms  p99 {empty.TurnP99:F1} ms | page p50 {empty.PageP50:F2} ms  p99 {empty.PageP99:F2} ms"));
            Console.WriteLine(string.Create(c, $"median of {options.Rounds} rounds, full:  turn p50 {full.TurnP50:F1} ms  p99 {full.TurnP99:F1} ms | page p50 {full.PageP50:F2} ms  p99 {full.PageP99:F2} ms"));
            Console.WriteLine(string.Create(c, $"ratio of the medians, full/empty: turn p50 {full.TurnP50 / empty.TurnP50:F2}  turn p99 {full.TurnP99 / empty.TurnP99:F2}  page p50 {full.PageP50 / empty.PageP50:F2}  page p99 {full.PageP99 / empty.PageP99:F2}"));

            // A round's p99 is its 18th-slowest turn of 1,792: it jumps with one lock wait more or less.
            // All rounds' turns pooled give the steadier tail figure.
            var (e, f) = (stores[0].Pooled(), stores[1].Pooled());
            Console.WriteLine(string.Create(c, $"all rounds pooled, empty: {stores[0].AllTurns.Count} turns  p50 {e.TurnP50:F1} ms  p99 {e.TurnP99:F1} ms | page p50 {e.PageP50:F2} ms  p99 {e.PageP99:F2} ms"));
            Console.WriteLine(string.Create(c, $"all rounds pooled, full:  {stores[1].AllTurns.Count} turns  p50 {f.TurnP50:F1} ms  p99 {f.TurnP99:F1} ms | page p50 {f.PageP50:F2} ms  p99 {f.PageP99:F2} ms"));
            Console.WriteLine(string.Create(c, $"ratio pooled, full/empty: turn p50 {f.TurnP50 / e.TurnP50:F2}  turn p99 {f.TurnP99 / e.TurnP99:F2}  page p50 {f.PageP50 / e.PageP50:F2}  page p99 {f.PageP99 / e.PageP99:F2}"));
            return stores.Sum(s => s.Rounds.Sum(r => r.Errors)) == 0 ? 0 : 1;
        }
        finally
        {
            await fullApp.StopAsync();
            await emptyApp.StopAsync();
            LoadDriver.TryDelete(emptyData);
            LoadDriver.TryDelete(fullData);
        }
    }

    private static async Task<Figures> MeasureAsync(Store store, string label, GrowthOptions options, bool pooled = false)
    {
        var services = store.App.Services;
        var baseUrl = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var (turns, errors) = await MeasureTurnsAsync(http, $"{store.Name}-{label.Replace(' ', '-')}", options.Conversations, options.Concurrency, pooled ? store.AllTurns : null);
        var review = services.GetRequiredService<ReviewIntakes>();
        var pages = new LatencyStats();
        for (var i = 0; i < options.Pages; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var page = await review.ListAsync(Caseworker, new ReviewFilter(), CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started);
            pages.Add(elapsed);
            if (pooled)
            {
                store.AllPages.Add(elapsed);
            }

            if (page.Items.Count == 0 && store.Name == "full")
            {
                errors++;
            }
        }

        var figures = new Figures(turns.Percentile(50), turns.Percentile(99), pages.Percentile(50), pages.Percentile(99), errors);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-8} {store.Name,-5}: {turns.Count} turns  p50 {figures.TurnP50:F1} ms  p99 {figures.TurnP99:F1} ms | review page (25 of {Organisation}) p50 {figures.PageP50:F2} ms  p99 {figures.PageP99:F2} ms | errors {errors}"));
        return figures;
    }

    private static async Task<(LatencyStats Stats, int Errors)> MeasureTurnsAsync(HttpClient http, string label, int conversations, int concurrency, LatencyStats? pooled)
    {
        var stats = new LatencyStats();
        var errors = 0;
        await Parallel.ForAsync(0, conversations, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            for (var turn = 0; turn < ConversationScript.Lines.Count; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await LoadDriver.PostAsync(http, $"{label}-{i}", turn, ConversationScript.Lines[turn], ct);
                var elapsed = Stopwatch.GetElapsedTime(started);
                stats.Add(elapsed);
                pooled?.Add(elapsed);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        });
        return (stats, errors);
    }

    private static async Task SeedAsync(IServiceProvider services, int count, int concurrency)
    {
        var repository = services.GetRequiredService<IIntakeRepository>();
        var review = services.GetRequiredService<ReviewIntakes>();
        var audit = services.GetRequiredService<AuditLog>();
        var start = services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-365);
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            var id = "seed" + i.ToString("D6", CultureInfo.InvariantCulture);
            await repository.SaveAsync(GrowthRecords.Submitted(id, i, start.AddMinutes(i * 5)), ct);
            await audit.WriteAsync(Caseworker, AuditAction.Viewed, id, null, ct);
            if (i % 10 == 0)
            {
                await review.AddNoteAsync(id, new ReviewNote(start.AddMinutes(i * 5 + 1), Caseworker.Id, Caseworker.Name, "Bellen na de vakantie."), ct);
            }
        });
    }

    /// <summary>
    /// Seeding writes in one burst what a service writes over a year; under that burst SQLite's automatic
    /// checkpoints fall behind and the WAL grows. Print its size and fold it into the database, as the
    /// automatic checkpoints do over a year of normal traffic.
    /// </summary>
    private static async Task CheckpointAsync(IServiceProvider services, string data)
    {
        var database = services.GetRequiredService<StorageDatabase>();
        if (database.IsPostgres)
        {
            return;
        }

        var wal = new FileInfo(Path.Combine(data, "gesprekbot.db-wal"));
        var db = new FileInfo(Path.Combine(data, "gesprekbot.db"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"after seeding: database {db.Length / 1048576.0:F0} MiB, WAL {(wal.Exists ? wal.Length : 0) / 1048576.0:F0} MiB; checkpoint (TRUNCATE)"));
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Store(string Name, WebApplication App, string Data)
    {
        public List<Figures> Rounds { get; } = [];

        public LatencyStats AllTurns { get; } = new();

        public LatencyStats AllPages { get; } = new();

        public Figures Pooled() => new(AllTurns.Percentile(50), AllTurns.Percentile(99), AllPages.Percentile(50), AllPages.Percentile(99), 0);
    }

    private sealed record Figures(double TurnP50, double TurnP99, double PageP50, double PageP99, int Errors)
    {
        public static Figures Median(IReadOnlyList<Figures> rounds) => new(
            MedianOf(rounds.Select(r => r.TurnP50)), MedianOf(rounds.Select(r => r.TurnP99)),
            MedianOf(rounds.Select(r => r.PageP50)), MedianOf(rounds.Select(r => r.PageP99)), rounds.Sum(r => r.Errors));

        private static double MedianOf(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            var mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }
}
