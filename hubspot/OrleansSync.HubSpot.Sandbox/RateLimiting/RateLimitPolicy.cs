namespace OrleansSync.HubSpot.Sandbox.RateLimiting;

/// <summary>Which of HubSpot's limits an endpoint counts against (from the spec's <c>x-hubspot-rate-limit-exemptions</c>).</summary>
internal enum RateLimitPolicy
{
    /// <summary>Rolling 10-second window and daily quota; rate-limit headers on the response.</summary>
    Standard,

    /// <summary>Daily quota only (association batch endpoints are exempt from the 10-second window).</summary>
    DailyOnly,

    /// <summary>Exempt from both (custom event sends).</summary>
    Exempt,

    /// <summary>CRM search: its own per-second limit and no rate-limit headers.</summary>
    Search,
}
