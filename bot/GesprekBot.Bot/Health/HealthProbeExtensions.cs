using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GesprekBot.Bot.Health;

/// <summary>
/// ASP.NET Core health checks behind two probes: /healthz says the process runs (no checks);
/// /readyz runs the checks tagged "ready" (the store answers a query, the key ring can protect and
/// unprotect). Neither calls anything outside the app's own store.
/// </summary>
public static class HealthProbeExtensions
{
    public const string ReadyTag = "ready";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static WebApplicationBuilder AddHealthProbes(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<KeyRingHealthCheck>(KeyRingHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout);
        return builder;
    }

    public static WebApplication MapHealthProbes(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.LivenessAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.ReadinessAsync });
        return app;
    }
}
