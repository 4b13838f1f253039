using System.Globalization;
using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;
using GesprekBot.EndToEnd.Tests.Chat;
using Xunit.Abstractions;

namespace GesprekBot.EndToEnd.Tests.Website;

/// <summary>
/// A client on a phone with a small data plan opens the chat for the first time. The bytes over
/// the wire are a size and are asserted; the time to the first bot message depends on the machine
/// and is only printed (the figures in the README come from this output).
/// </summary>
public sealed class FirstLoadOnFast3GTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Issue 13: at most 1.2 MB transferred before the first question.</summary>
    private const long ByteBudget = 1_200_000;

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("gesprekbot-e2e-").FullName;

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    [Fact]
    public async Task The_first_load_stays_within_the_data_budget_and_prints_bytes_and_time_to_the_first_bot_message()
    {
        await using var server = DirectLineTestServer.Start(store: null, settings: new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory });
        using var playwright = await BrowserLauncher.CreatePlaywrightAsync();
        await using var browser = await BrowserLauncher.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "nl-BE", IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await using var load = await Fast3GFirstLoad.StartAsync(page);

        var elapsed = await Fast3GFirstLoad.TimeToTextAsync(page, new Uri(server.BaseAddress, "/?invite=INTAKE-0042").ToString(), DialogTexts.Opening("Welcome"));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Fast 3G (latency {Fast3GFirstLoad.LatencyMs} ms, down {Fast3GFirstLoad.DownloadBytesPerSecond:N0} B/s, up {Fast3GFirstLoad.UploadBytesPerSecond:N0} B/s), cold cache"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first bot message on screen after {elapsed.TotalSeconds:F2} s; {load.TotalBytes:N0} bytes transferred"));
        output.WriteLine(load.Describe());
        output.WriteLine("timeline (ms since navigation: start → end):");
        output.WriteLine(await page.EvaluateAsync<string>("""
            () => performance.getEntries()
              .filter(e => e.entryType === 'resource' || e.entryType === 'navigation' || e.entryType === 'paint')
              .map(e => `  ${Math.round(e.startTime)} → ${Math.round(e.responseEnd || e.startTime)}  ${e.entryType} ${e.name}`
                + (e.entryType === 'navigation' ? `\n  DOMContentLoaded ${Math.round(e.domContentLoadedEventEnd)}, load ${Math.round(e.loadEventEnd)}` : ''))
              .join('\n')
            """));
        Assert.True(load.TotalBytes <= ByteBudget, string.Create(CultureInfo.InvariantCulture, $"The first load transferred {load.TotalBytes:N0} bytes, more than the budget of {ByteBudget:N0}:\n{load.Describe()}"));
    }
}
