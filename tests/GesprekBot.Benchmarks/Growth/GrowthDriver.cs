using System.Diagnostics;
using System.Globalization;
using GesprekBot.Benchmarks.Load;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Database;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Benchmarks.Growth;

/// <summary>
/// Does a turn or a review page get slower as the store fills up? Measures turn latency (real
/// /api/messages turns) and one review-list page on an empty store, seeds many submitted intakes with
/// audit entries and notes through the app's own repositories, and measures the same again.
/// </summary>
internal static class GrowthDriver
{
    private const string Organisation = "CAW Oost";
    private static readonly ReviewUser Caseworker = new("growth", "Groei", Organisation, IsAdmin: false);

    public static async Task<int> RunAsync(GrowthOptions options)
    {
        // SQLite's I/O is synchronous under the async API, so it blocks pool threads, and the pool
        // grows while the store is seeded: without a fixed floor the "full" phase runs on a bigger pool
        // than the "empty" one and the comparison measures the pool, not the store (measured: p50 62 ms
        // empty, 13 ms full, the same store). Hold it equal for both phases.
        ThreadPool.GetMinThreads(out _, out var io);
        ThreadPool.SetMinThreads(Math.Max(64, options.Concurrency * 4), io);
        var data = Path.Combine(Path.GetTempPath(), "gesprekbot-growth-" + Guid.NewGuid().ToString("N"));
        await using var app = await LoadDriver.StartBotAsync(data, options.Provider, new Dictionary<string, string>
        {
            ["Review:DefaultOrganisation"] = Organisation,
        });
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };

        await MeasureTurnsAsync(http, "warm-up", options.Conversations, options.Concurrency);
        for (var i = 0; i < options.Pages; i++)
        {
            await app.Services.GetRequiredService<ReviewIntakes>().ListAsync(Caseworker, new ReviewFilter(), CancellationToken.None);
        }

        // Twice: the first measured run still runs partly on unoptimised (tier-0) code.
        await MeasureAsync(app.Services, http, "empty1", options);
        var empty = await MeasureAsync(app.Services, http, "empty2", options);
        var seeding = Stopwatch.StartNew();
        await SeedAsync(app.Services, options.Intakes, options.Concurrency);
        seeding.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {options.Intakes} intakes (+1 audit entry each, a note on every 10th) in {seeding.Elapsed.TotalSeconds:F0} s"));
        await MeasureAsync(app.Services, http, "full1", options);
        await CheckpointAsync(app.Services, data);
        var full = await MeasureAsync(app.Services, http, "full2", options);

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"ratio full/empty: turn p50 {full.TurnP50 / empty.TurnP50:F2}  turn p99 {full.TurnP99 / empty.TurnP99:F2}  page p50 {full.PageP50 / empty.PageP50:F2}  page p99 {full.PageP99 / empty.PageP99:F2}"));
        await app.StopAsync();
        LoadDriver.TryDelete(data);
        return full.Errors + empty.Errors == 0 ? 0 : 1;
    }

    private static async Task<Figures> MeasureAsync(IServiceProvider services, HttpClient http, string label, GrowthOptions options)
    {
        var (turns, errors) = await MeasureTurnsAsync(http, label, options.Conversations, options.Concurrency);
        var review = services.GetRequiredService<ReviewIntakes>();
        var pages = new LatencyStats();
        for (var i = 0; i < options.Pages; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var page = await review.ListAsync(Caseworker, new ReviewFilter(), CancellationToken.None);
            pages.Add(Stopwatch.GetElapsedTime(started));
            if (page.Items.Count == 0 && label.StartsWith("full", StringComparison.Ordinal))
            {
                errors++;
            }
        }

        var figures = new Figures(turns.Percentile(50), turns.Percentile(99), pages.Percentile(50), pages.Percentile(99), errors);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-5}: {turns.Count} turns  p50 {figures.TurnP50:F1} ms  p99 {figures.TurnP99:F1} ms | review page (25 of {Organisation}) p50 {figures.PageP50:F2} ms  p99 {figures.PageP99:F2} ms | errors {errors}"));
        return figures;
    }

    private static async Task<(LatencyStats Stats, int Errors)> MeasureTurnsAsync(HttpClient http, string label, int conversations, int concurrency)
    {
        var stats = new LatencyStats();
        var errors = 0;
        await Parallel.ForAsync(0, conversations, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            for (var turn = 0; turn < ConversationScript.Lines.Count; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await LoadDriver.PostAsync(http, $"{label}-{i}", turn, ConversationScript.Lines[turn], ct);
                stats.Add(Stopwatch.GetElapsedTime(started));
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
    /// checkpoints fall behind readers and the WAL grows. Print its size, fold it into the database (as
    /// the automatic checkpoints do over a year of normal traffic), and measure again.
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

    private sealed record Figures(double TurnP50, double TurnP99, double PageP50, double PageP99, int Errors);
}
