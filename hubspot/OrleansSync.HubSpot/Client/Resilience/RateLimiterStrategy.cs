using Polly;
using OrleansSync.HubSpot.Diagnostics;

namespace OrleansSync.HubSpot.Client.Resilience;

/// <summary>
/// Polly strategy that takes a <see cref="HubSpotRateLimiter"/> slot for every attempt (retries are calls too),
/// hands the response headers back to the limiter, and on a 429 makes the limiter wait out the window HubSpot named.
/// Calls HubSpot exempts from the 10-second window (<see cref="TenSecondWindow"/>) take no slot; a 429 on one still pauses.
/// </summary>
internal sealed class RateLimiterStrategy(HubSpotRateLimiter limiter, HubSpotClientMetrics metrics) : ResilienceStrategy<HubSpotResponse>
{
    protected override async ValueTask<Outcome<HubSpotResponse>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HubSpotResponse>>> callback, ResilienceContext context, TState state)
    {
        if (!context.Properties.GetValue(TenSecondWindow.Counts, true))
        {
            return await ExecuteExemptAsync(callback, context, state);
        }

        using var lease = await limiter.AcquireAsync(1, context.CancellationToken);
        if (!lease.IsAcquired)
        {
            return Outcome.FromException<HubSpotResponse>(new HubSpotRateLimitException("DAILY", "The portal's daily API quota is spent."));
        }

        var outcome = await callback(context, state);
        if (outcome.Result is { } response)
        {
            limiter.Observe(response.Limits, lease);
            PauseIfRateLimited(response);
        }

        return outcome;
    }

    private async ValueTask<Outcome<HubSpotResponse>> ExecuteExemptAsync<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HubSpotResponse>>> callback, ResilienceContext context, TState state)
    {
        var outcome = await callback(context, state);
        if (outcome.Result is { } response)
        {
            PauseIfRateLimited(response);
        }

        return outcome;
    }

    private void PauseIfRateLimited(HubSpotResponse response)
    {
        if (response.IsRateLimited)
        {
            metrics.OnRateLimited(response.Error?.PolicyName ?? "UNKNOWN");
            limiter.OnRejected(response.Error?.PolicyName, response.RetryAfter);
        }
    }
}
