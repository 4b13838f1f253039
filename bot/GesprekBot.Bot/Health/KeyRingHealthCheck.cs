using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GesprekBot.Bot.Health;

/// <summary>
/// Ready when the Data Protection key ring can protect a fixed value and unprotect it again: without a usable
/// key the app could neither read the stored intakes nor keep caseworkers signed in.
/// </summary>
internal sealed class KeyRingHealthCheck(IDataProtectionProvider provider) : IHealthCheck
{
    public const string Name = "keyring";

    public const string Failure = "key ring unusable";

    private static readonly byte[] Probe = "GesprekBot readiness probe"u8.ToArray();

    private readonly IDataProtector protector = provider.CreateProtector("GesprekBot.Health.KeyRing");

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var roundTrip = protector.Unprotect(protector.Protect(Probe));
            return Task.FromResult(roundTrip.AsSpan().SequenceEqual(Probe) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(Failure));
        }
        catch (CryptographicException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(Failure));
        }
    }
}
