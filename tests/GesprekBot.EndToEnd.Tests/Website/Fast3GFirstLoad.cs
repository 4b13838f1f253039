using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace GesprekBot.EndToEnd.Tests.Website;

/// <summary>
/// A cold first load of a page in Chromium under the DevTools "Fast 3G" profile (called "Slow 4G"
/// in recent Chrome): 562.5 ms latency, 1.6 Mbit/s × 0.9 down (180,000 B/s), 750 kbit/s × 0.9 up
/// (84,375 B/s), cache disabled. Counts the bytes that came over the wire (encodedDataLength of
/// every finished request and of WebSocket frames) and the time from navigation to a text on screen.
/// </summary>
internal sealed class Fast3GFirstLoad : IAsyncDisposable
{
    public const double LatencyMs = 562.5;
    public const double DownloadBytesPerSecond = 1.6 * 1000 * 1000 / 8 * 0.9;
    public const double UploadBytesPerSecond = 750 * 1000 / 8 * 0.9;

    private readonly ICDPSession session;
    private readonly Dictionary<string, (string Url, long Bytes)> requests = [];
    private readonly object gate = new();
    private long webSocketBytes;

    private Fast3GFirstLoad(ICDPSession session) => this.session = session;

    public static async Task<Fast3GFirstLoad> StartAsync(IPage page)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        var load = new Fast3GFirstLoad(session);
        session.Event("Network.loadingFinished").OnEvent += (_, e) => load.Finished(e);
        session.Event("Network.responseReceived").OnEvent += (_, e) => load.Received(e);
        session.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => load.Frame(e);
        await session.SendAsync("Network.enable");
        await session.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        await session.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = LatencyMs,
            ["downloadThroughput"] = DownloadBytesPerSecond,
            ["uploadThroughput"] = UploadBytesPerSecond,
        });
        return load;
    }

    /// <summary>Navigates and waits until <paramref name="text"/> is visible; returns the elapsed time.</summary>
    public static async Task<TimeSpan> TimeToTextAsync(IPage page, string url, string text)
    {
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByText(text).First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 120_000 });
        return clock.Elapsed;
    }

    public long TotalBytes
    {
        get
        {
            lock (gate)
            {
                return requests.Values.Sum(r => r.Bytes) + webSocketBytes;
            }
        }
    }

    /// <summary>One line per request, biggest first, for the test output.</summary>
    public string Describe()
    {
        lock (gate)
        {
            var lines = requests.Values.OrderByDescending(r => r.Bytes)
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"  {r.Bytes,9:N0} B  {r.Url}"));
            return string.Join('\n', lines.Append(string.Create(CultureInfo.InvariantCulture, $"  {webSocketBytes,9:N0} B  WebSocket frames (payload)")));
        }
    }

    public async ValueTask DisposeAsync() => await session.DetachAsync();

    private void Received(JsonElement? e)
    {
        if (e is not { } args)
        {
            return;
        }

        var id = args.GetProperty("requestId").GetString()!;
        var url = args.GetProperty("response").GetProperty("url").GetString()!;
        lock (gate)
        {
            requests[id] = (url, requests.TryGetValue(id, out var known) ? known.Bytes : 0);
        }
    }

    private void Finished(JsonElement? e)
    {
        if (e is not { } args)
        {
            return;
        }

        var id = args.GetProperty("requestId").GetString()!;
        var bytes = (long)args.GetProperty("encodedDataLength").GetDouble();
        lock (gate)
        {
            requests[id] = (requests.TryGetValue(id, out var known) ? known.Url : id, bytes);
        }
    }

    private void Frame(JsonElement? e)
    {
        if (e?.GetProperty("response").GetProperty("payloadData").GetString() is { } payload)
        {
            lock (gate)
            {
                webSocketBytes += System.Text.Encoding.UTF8.GetByteCount(payload);
            }
        }
    }
}
