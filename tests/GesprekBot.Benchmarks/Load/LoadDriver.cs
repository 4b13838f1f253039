using System.Net.Http.Json;
using System.Text.Json;
using GesprekBot.Bot.Hosting;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GesprekBot.Benchmarks.Load;

/// <summary>
/// Drives the real bot (real Kestrel on 127.0.0.1, real pipeline, dialogs and store) with many
/// simulated clients posting expectReplies activities to /api/messages, beside a stateless endpoint
/// of the same shape measured in the same run, in alternating rounds; prints turns/s and their ratio,
/// client- and server-side latency percentiles, allocations and memory. Clients and servers share
/// this process and its two cores, so the figures are a floor for the server alone.
/// </summary>
internal static class LoadDriver
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        if (options.Url is { } url)
        {
            return await RunExternalAsync(options, url);
        }

        var data = Path.Combine(Path.GetTempPath(), "gesprekbot-load-" + Guid.NewGuid().ToString("N"));
        var stateless = new LoadTarget("stateless endpoint");
        var bot = new LoadTarget("GesprekBot");
        await using var statelessApp = await StatelessEndpoint.StartAsync(stateless.ServerSide);
        await using var botApp = await StartBotAsync(data, options.Provider, serverSide: bot.ServerSide);
        using var statelessHttp = ClientFor(statelessApp);
        using var botHttp = ClientFor(botApp);
        var targets = new[] { (stateless, statelessHttp), (bot, botHttp) };

        // Warm up JIT, connection pools and SQLite before anything is measured.
        foreach (var (target, http) in targets)
        {
            await LoadRound.RunAsync(http, "warm-up", options with { Conversations = Math.Min(options.Conversations, options.Concurrency) }, new LatencyStats());
            target.ServerSide.Clear();
        }

        var writesBefore = GroupCommitCounts(botApp);
        for (var round = 1; round <= options.Rounds; round++)
        {
            // The order swaps each round, so neither target always runs on the warmer machine.
            foreach (var (target, http) in round % 2 == 1 ? targets : targets.Reverse())
            {
                target.Rounds.Add(await LoadRound.RunAsync(http, $"round{round}", options, target.ClientSide));
            }
        }

        var writes = GroupCommitCounts(botApp);
        await LoadReport.PrintStateSizeAsync(botApp.Services.GetRequiredService<IStateStore>(), "emulator/conversations/round1-0");
        LoadReport.Print(options, stateless, bot, (writes.Batches - writesBefore.Batches, writes.Writes - writesBefore.Writes));
        await botApp.StopAsync();
        await statelessApp.StopAsync();
        TryDelete(data);
        return bot.Rounds.Sum(r => r.Errors) + stateless.Rounds.Sum(r => r.Errors) == 0 ? 0 : 1;
    }

    /// <summary>
    /// Drives a bot running as a process of its own (<c>--url</c>), for what only that process can show:
    /// its memory after many conversations (read it from <c>/proc/PID/status</c>). Client-side figures only.
    /// </summary>
    private static async Task<int> RunExternalAsync(LoadOptions options, Uri url)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        var target = new LoadTarget(url.ToString());
        var prefix = "external-" + Guid.NewGuid().ToString("N")[..8];
        for (var round = 1; round <= options.Rounds; round++)
        {
            target.Rounds.Add(await LoadRound.RunAsync(http, $"{prefix}-{round}", options, target.ClientSide));
        }

        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"external {url}: {target.Turns} turns in {options.Rounds} rounds of {options.Conversations} conversations, {target.TurnsPerSecond:F0} turns/s, client p50 {target.ClientSide.Percentile(50):F1} ms, p99 {target.ClientSide.Percentile(99):F1} ms, errors {target.Rounds.Sum(r => r.Errors)}"));
        return target.Rounds.Sum(r => r.Errors) == 0 ? 0 : 1;
    }

    private static HttpClient ClientFor(WebApplication app) => new()
    {
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static (long Batches, long Writes) GroupCommitCounts(WebApplication app) =>
        app.Services.GetRequiredService<StorageDatabase>() is SqliteDatabase sqlite ? sqlite.GroupCommits : (0, 0);

    internal static async Task<WebApplication> StartBotAsync(
        string dataDirectory, string provider, IReadOnlyDictionary<string, string>? settings = null, LatencyStats? serverSide = null)
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
        if (serverSide is not null)
        {
            app.UseMiddleware<ServerTiming>(serverSide);
        }

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
