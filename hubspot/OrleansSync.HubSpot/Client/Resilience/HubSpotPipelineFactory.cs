using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using OrleansSync.HubSpot.Diagnostics;

namespace OrleansSync.HubSpot.Client.Resilience;

/// <summary>
/// The client's Polly pipeline, outermost first: total timeout → retry (jittered exponential backoff on 5xx, 423, 477,
/// timeouts and broken circuits, unless the call turned them off with <see cref="ServerErrorRetries"/>; a window 429 is retried at once because the limiter inside already waits out the
/// window HubSpot named) → circuit breaker (5xx and timeouts of callers that retry them) → rate limiter (every attempt is a call) → attempt timeout.
/// </summary>
internal static class HubSpotPipelineFactory
{
    public static ResiliencePipeline<HubSpotResponse> Create(HubSpotClientOptions options, HubSpotRateLimiter limiter, HubSpotClientMetrics metrics, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HubSpotResponse> { TimeProvider = time };
        return builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HubSpotResponse>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Result: { IsRateLimited: true } r } => !r.IsDailyLimit,
                    _ when !args.Context.Properties.GetValue(ServerErrorRetries.Enabled, true) => false,
                    { Exception: HttpRequestException or TimeoutRejectedException or BrokenCircuitException } => true,
                    { Result: { } r } => r.IsTransient,
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Outcome.Result is { IsRateLimited: true } ? TimeSpan.Zero : null),
                OnRetry = _ =>
                {
                    metrics.OnRetry();
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HubSpotResponse>
            {
                FailureRatio = options.CircuitFailureRatio,
                SamplingDuration = options.CircuitSamplingDuration,
                MinimumThroughput = options.CircuitMinimumThroughput,
                BreakDuration = options.CircuitBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    // A caller that handles server errors itself (the portal's drain pauses and probes while HubSpot is
                    // down) does not open the circuit: an open circuit would only hold its first calls after the outage.
                    _ when !args.Context.Properties.GetValue(ServerErrorRetries.Enabled, true) => false,
                    { Exception: HttpRequestException or TimeoutRejectedException } => true,
                    { Result: { } r } => r.Code >= 500,
                    _ => false,
                }),
            })
            .AddStrategy(_ => new RateLimiterStrategy(limiter, metrics))
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }
}
