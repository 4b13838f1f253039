using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>
/// One resilience pipeline per channel host: retry (exponential, jitter, Retry-After) around a
/// circuit breaker around a per-attempt timeout. Per host, so one failing channel does not trip
/// the breaker for the others.
/// </summary>
internal sealed class ConnectorResilience(IOptions<ConnectorOptions> options, TimeProvider timeProvider) : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> registry = new();

    public ResiliencePipeline<HttpResponseMessage> For(Uri serviceUrl) =>
        registry.GetOrAddPipeline<HttpResponseMessage>(serviceUrl.GetLeftPart(UriPartial.Authority), Configure);

    public void Dispose() => registry.Dispose();

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        || ((int)status >= 500 && status != HttpStatusCode.NotImplemented);

    private void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder)
    {
        var settings = options.Value;
        var shouldHandle = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => IsTransient(r.StatusCode));

        builder.TimeProvider = timeProvider;
        if (settings.MaxRetryAttempts > 0)
        {
            // Polly refuses a retry of zero attempts; zero means no retry at all.
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = shouldHandle,
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                // null falls back to the exponential backoff.
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfter.Delay(args.Outcome.Result, timeProvider.GetUtcNow(), settings.MaxRetryAfter)),
            });
        }

        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = shouldHandle,
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = settings.BreakDuration,
            })
            .AddTimeout(settings.AttemptTimeout);
    }
}
