using Microsoft.AspNetCore.Http;

namespace OrleansSync.HubSpot.Sandbox.RateLimiting;

/// <summary>One portal's counters and the headers HubSpot derives from them.</summary>
internal sealed class PortalRateLimits(SandboxPortalOptions options)
{
    private readonly RollingWindow _burst = new(options.RequestsPerInterval, options.Interval);
    private readonly DailyQuota _daily = new(options.DailyLimit, options.TimeZoneOffset);
    private readonly RollingWindow _search = new(options.SearchRequestsPerSecond, TimeSpan.FromSeconds(1));

    /// <summary>Counts the call, or names the policy that rejects it (<c>DAILY</c>, <c>TEN_SECONDLY_ROLLING</c>, <c>SECONDLY</c>).</summary>
    public string? TryAcquire(RateLimitPolicy policy, DateTimeOffset now)
    {
        switch (policy)
        {
            case RateLimitPolicy.Search:
                return _search.TryAcquire(now) ? null : "SECONDLY";
            case RateLimitPolicy.Exempt:
                return null;
            case RateLimitPolicy.DailyOnly:
                return _daily.TryAcquire(now) ? null : "DAILY";
            default:
                if (_daily.Remaining(now) == 0)
                {
                    return "DAILY";
                }

                if (!_burst.TryAcquire(now))
                {
                    return "TEN_SECONDLY_ROLLING";
                }

                _daily.TryAcquire(now);
                return null;
        }
    }

    public TimeSpan RetryAfter(string policyName, DateTimeOffset now) => policyName switch
    {
        "SECONDLY" => _search.NextFreeSlot(now) - now,
        "DAILY" => TimeSpan.FromDays(1),
        _ => _burst.NextFreeSlot(now) - now,
    };

    public void WriteHeaders(IHeaderDictionary headers, DateTimeOffset now)
    {
        headers["X-HubSpot-RateLimit-Daily"] = _daily.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["X-HubSpot-RateLimit-Daily-Remaining"] = _daily.Remaining(now).ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["X-HubSpot-RateLimit-Interval-Milliseconds"] = ((long)_burst.Interval.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["X-HubSpot-RateLimit-Max"] = _burst.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["X-HubSpot-RateLimit-Remaining"] = _burst.Remaining(now).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
