using Polly;
using OrleansSync.HubSpot.Diagnostics;

namespace OrleansSync.HubSpot.Client.Resilience;

/// <summary>
/// Polly strategy that takes a <see cref="HubSpotRateLimiter"/> slot for every attempt (retries are calls too),
/// hands the response headers back to the limiter, and on a 429 makes the limiter wait out the window HubSpot named.
/// </summary>
internal sealed class RateLimiterStrategy(HubSpotRateLimiter limiter, HubSpotClientMetrics metrics) : ResilienceStrategy<HubSpotResponse>
{
    protected override async ValueTask<Outcome<HubSpotResponse>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HubSpotResponse>>> callback, ResilienceContext context, TState state)
    {
        using var lease = await limiter.AcquireAsync(1, context.CancellationToken);
        if (!lease.IsAcquired)
        {
            return Outcome.FromException<HubSpotResponse>(new HubSpotRateLimitException("DAILY", "The portal's daily API quota is spent."));
        }

        var outcome = await callback(context, state);
        if (outcome.Result is { } response)
        {
            limiter.Observe(response.Limits, lease);
            if (response.IsRateLimited)
            {
                metrics.OnRateLimited(response.Error?.PolicyName ?? "UNKNOWN");
                limiter.OnRejected(response.Error?.PolicyName, response.RetryAfter);
            }
        }

        return outcome;
    }
}
