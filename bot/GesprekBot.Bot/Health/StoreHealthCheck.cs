using GesprekBot.Dialogs.Engine.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GesprekBot.Bot.Health;

/// <summary>Ready when the store answers its cheap query (<see cref="IStateStore.PingAsync"/>: one count on the schema table).</summary>
internal sealed class StoreHealthCheck(IStateStore store) : IHealthCheck
{
    public const string Name = "store";

    public const string Failure = "store unreachable";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await store.PingAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(Failure);
}
