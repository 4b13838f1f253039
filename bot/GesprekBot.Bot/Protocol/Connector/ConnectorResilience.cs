using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>
/// The connector client's resilience, as a Microsoft.Extensions.Http.Resilience handler: a total
/// timeout around retry (exponential, jitter, the channel's Retry-After) around a circuit breaker
/// around a per-attempt timeout. One pipeline per serviceUrl authority, so a circuit open for one
/// Teams region does not stop another.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "connector";

    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder client)
    {
        client.AddResilienceHandler(PipelineName, (builder, context) =>
        {
            var settings = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
            Configure(builder, settings, context.ServiceProvider.GetRequiredService<TimeProvider>());
        }).SelectPipelineByAuthority();
        return client;
    }

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        || ((int)status >= 500 && status != HttpStatusCode.NotImplemented);

    private static ValueTask<bool> Handles(Outcome<HttpResponseMessage> outcome) => ValueTask.FromResult(
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { } response && IsTransient(response.StatusCode)));

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorOptions settings, TimeProvider timeProvider)
    {
        builder.TimeProvider = timeProvider;
        builder.AddTimeout(settings.TotalTimeout);
        if (settings.MaxRetryAttempts > 0)
        {
            // Polly refuses a retry of zero attempts; zero means no retry at all.
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                ShouldHandle = args => Handles(args.Outcome),
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                // Retry-After is read by the generator below, capped; null falls back to the backoff.
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfter.Delay(args.Outcome.Result, timeProvider.GetUtcNow(), settings.MaxRetryAfter)),
            });
        }

        builder
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                ShouldHandle = args => Handles(args.Outcome),
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = settings.BreakDuration,
            })
            .AddTimeout(settings.AttemptTimeout);
    }
}
