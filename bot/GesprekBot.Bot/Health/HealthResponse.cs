using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GesprekBot.Bot.Health;

/// <summary>
/// The probes' JSON, as before the health checks: <c>{"status":"ok"}</c>, <c>{"status":"ready"}</c>, or
/// <c>{"status":"unavailable","reason":"store unreachable"}</c> with 503. The reason names the failed checks
/// by their fixed descriptions only, never an exception message.
/// </summary>
internal static class HealthResponse
{
    public static Task LivenessAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new { status = "ok" }, context.RequestAborted);

    public static Task ReadinessAsync(HttpContext context, HealthReport report)
    {
        if (report.Status != HealthStatus.Unhealthy)
        {
            return context.Response.WriteAsJsonAsync(new { status = "ready" }, context.RequestAborted);
        }

        var failed = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => Reason(e.Key)).Order(StringComparer.Ordinal);
        return context.Response.WriteAsJsonAsync(new { status = "unavailable", reason = string.Join(", ", failed) }, context.RequestAborted);
    }

    private static string Reason(string check) => check switch
    {
        StoreHealthCheck.Name => StoreHealthCheck.Failure,
        KeyRingHealthCheck.Name => KeyRingHealthCheck.Failure,
        _ => check,
    };
}
