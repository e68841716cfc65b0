namespace OrleansSync.HubSpot;

/// <summary>Connection, limits and resilience of the HubSpot client (section <c>HubSpot</c>). Validated at start-up.</summary>
public sealed class HubSpotClientOptions
{
    public const string SectionName = "HubSpot";

    /// <summary>API root. Default <c>https://api.hubapi.com</c>; the sandbox's URL in demos and tests.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.hubapi.com");

    /// <summary>Private-app (or service key) token sent as <c>Authorization: Bearer</c>. Required.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>
    /// API version in paths: <c>v3</c> (legacy <c>/crm/v3/…</c>, <c>/crm/v4/associations</c>) or a date version such as
    /// <c>2026-03</c> (<c>/crm/objects/2026-03/…</c>). Default <c>v3</c>; legacy paths are supported until September 2027.
    /// </summary>
    public string ApiVersion { get; set; } = "v3";

    /// <summary>Account tier; sets <see cref="RequestsPerInterval"/> when that is not given. Null with no explicit limit: learn it from the headers.</summary>
    public HubSpotPortalTier? Tier { get; set; }

    /// <summary>Burst limit per <see cref="RateLimitInterval"/>; overrides <see cref="Tier"/>. The client also adapts to HubSpot's rate-limit headers.</summary>
    public int? RequestsPerInterval { get; set; }

    /// <summary>HubSpot's rolling window. Default 10 s.</summary>
    public TimeSpan RateLimitInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Daily quota of the account, for metrics and early warnings. Null: learned from <c>X-HubSpot-RateLimit-Daily</c>.</summary>
    public int? DailyLimit { get; set; }

    /// <summary>Concurrent requests one bulk call may have in flight. Default 4.</summary>
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>Upper bound for one operation, retries and rate-limit waits included. Default 2 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Upper bound for one HTTP attempt. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after 5xx, 423, 477, timeouts and (window) 429s. Default 8.</summary>
    public int MaxRetryAttempts { get; set; } = 8;

    /// <summary>First backoff delay; doubles per attempt with jitter. Default 200 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Share of failed calls in <see cref="CircuitSamplingDuration"/> that opens the circuit. Default 0.5.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Default 30 s.</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Calls needed in the sampling window before the circuit may open. Default 20.</summary>
    public int CircuitMinimumThroughput { get; set; } = 20;

    /// <summary>How long an open circuit rejects calls. Default 5 s.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Portals with a token (and limits) of their own, by portal id. Each portal gets its own client and rate limiter.</summary>
    public Dictionary<string, HubSpotPortalConnection> Portals { get; set; } = new(StringComparer.Ordinal);

    /// <summary>These options as one portal uses them: its own token and limits where configured.</summary>
    public HubSpotClientOptions ForPortal(string portalId)
    {
        if (!Portals.TryGetValue(portalId, out var portal))
        {
            return this;
        }

        var copy = (HubSpotClientOptions)MemberwiseClone();
        copy.AccessToken = portal.AccessToken;
        copy.Tier = portal.Tier ?? Tier;
        copy.RequestsPerInterval = portal.RequestsPerInterval ?? (portal.Tier is null ? RequestsPerInterval : null);
        copy.Portals = [];
        return copy;
    }

    /// <summary>The burst limit the limiter starts with: explicit, else from the tier, else unknown (learned).</summary>
    public int? EffectiveRequestsPerInterval => RequestsPerInterval ?? Tier switch
    {
        HubSpotPortalTier.Free or HubSpotPortalTier.Starter => 100,
        HubSpotPortalTier.Professional or HubSpotPortalTier.Enterprise => 190,
        HubSpotPortalTier.ApiLimitIncrease => 250,
        _ => null,
    };
}
