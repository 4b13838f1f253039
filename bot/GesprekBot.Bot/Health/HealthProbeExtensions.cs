using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Health;

/// <summary>/healthz says the process runs; /readyz says it can also reach its store.</summary>
public static class HealthProbeExtensions
{
    public static WebApplication MapHealthProbes(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        app.MapGet("/readyz", async (IStateStore store, CancellationToken cancellationToken) =>
        {
            var reachable = await PingQuietlyAsync(store, cancellationToken);
            return reachable
                ? Results.Json(new { status = "ready" })
                : Results.Json(new { status = "unavailable", reason = "store unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }

    private static async Task<bool> PingQuietlyAsync(IStateStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await store.PingAsync(cancellationToken);
        }
#pragma warning disable CA1031 // readiness must answer "not ready", whatever the store throws
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
