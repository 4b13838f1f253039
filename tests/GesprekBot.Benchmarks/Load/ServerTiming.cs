using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace GesprekBot.Benchmarks.Load;

/// <summary>
/// Server-side latency of a request: from the first middleware until the response is complete,
/// so the client's own share of the shared cores and the socket queue are not in it.
/// </summary>
internal sealed class ServerTiming(RequestDelegate next, LatencyStats stats)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        await next(context);
        await context.Response.CompleteAsync();
        stats.Add(Stopwatch.GetElapsedTime(started));
    }
}
