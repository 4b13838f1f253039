using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GesprekBot.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GesprekBot.Benchmarks.Load;

/// <summary>
/// Drives the real bot (real Kestrel on 127.0.0.1, real pipeline, dialogs and store) with many
/// simulated clients posting expectReplies activities to /api/messages, and prints turns/s,
/// latency percentiles and memory. Client and server share this process and its two cores, so
/// the figures are a floor for the server alone.
/// </summary>
internal static class LoadDriver
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        var data = Path.Combine(Path.GetTempPath(), "gesprekbot-load-" + Guid.NewGuid().ToString("N"));
        await using var app = await StartBotAsync(data, options.Provider);
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };

        // Warm up JIT, connection pool and SQLite before anything is measured.
        for (var turn = 0; turn < ConversationScript.Lines.Count; turn++)
        {
            await PostAsync(http, "warm-up", turn, ConversationScript.Lines[turn], CancellationToken.None);
        }

        var stats = new LatencyStats();
        var errors = 0;
        using var deadline = new CancellationTokenSource(options.MaxDuration);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, options.Conversations,
            new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = deadline.Token },
            async (i, ct) =>
            {
                for (var turn = 0; turn < ConversationScript.Lines.Count; turn++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var ok = await PostAsync(http, $"load-{i}", turn, ConversationScript.Lines[turn], ct);
                    stats.Add(Stopwatch.GetElapsedTime(started));
                    if (!ok)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            }).ContinueWith(_ => { }, TaskScheduler.Default);
        clock.Stop();

        Report(options, stats, errors, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, deadline.IsCancellationRequested);
        await app.StopAsync();
        TryDelete(data);
        return errors == 0 ? 0 : 1;
    }

    internal static async Task<WebApplication> StartBotAsync(string dataDirectory, string provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Storage:DataDirectory"] = dataDirectory;
        builder.Configuration["Storage:Provider"] = provider;
        // The load client posts unauthenticated Emulator-style activities from this machine.
        builder.Configuration["Bot:AllowAnonymousMessages"] = "true";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.Configuration[key] = value;
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddGesprekBot();
        var app = builder.Build();
        app.MapGesprekBot();
        await app.StartAsync();
        return app;
    }

    internal static async Task<bool> PostAsync(HttpClient http, string conversation, int turn, string text, CancellationToken ct)
    {
        var activity = new
        {
            type = "message",
            id = $"{conversation}-{turn}",
            channelId = "emulator",
            deliveryMode = "expectReplies",
            serviceUrl = "http://127.0.0.1:9",
            locale = "nl-BE",
            text,
            from = new { id = "user-" + conversation },
            recipient = new { id = "bot" },
            conversation = new { id = conversation },
        };
        try
        {
            using var response = await http.PostAsJsonAsync("/api/messages", activity, ct);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            return body.GetProperty("activities").GetArrayLength() > 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static void Report(LoadOptions options, LatencyStats stats, int errors, TimeSpan elapsed, long allocated, bool timedOut)
    {
        using var self = Process.GetCurrentProcess();
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"load: {options.Conversations} conversations x {ConversationScript.Lines.Count} turns, concurrency {options.Concurrency}, store {options.Provider}{(timedOut ? " (stopped at the time limit)" : string.Empty)}"));
        Console.WriteLine(string.Create(c, $"turns: {stats.Count} in {elapsed.TotalSeconds:F1} s = {stats.Count / elapsed.TotalSeconds:F0} turns/s, errors: {errors}"));
        Console.WriteLine(string.Create(c, $"latency ms: p50 {stats.Percentile(50):F1}  p95 {stats.Percentile(95):F1}  p99 {stats.Percentile(99):F1}  max {stats.Percentile(100):F1}"));
        Console.WriteLine(string.Create(c, $"memory: peak working set {self.PeakWorkingSet64 / 1048576.0:F0} MiB, managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MiB, allocated {allocated / (double)Math.Max(1, stats.Count) / 1024:F0} KiB per turn (client + server)"));
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temp folder is not worth failing a benchmark for
        }
    }
}
