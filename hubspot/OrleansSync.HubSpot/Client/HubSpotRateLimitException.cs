namespace OrleansSync.HubSpot;

/// <summary>A limit that waiting a few seconds does not fix (the DAILY quota): stop sending until it resets.</summary>
public sealed class HubSpotRateLimitException(string policyName, string message)
    : HubSpotApiException(new HubSpotError(429, "RATE_LIMITS", message), message)
{
    /// <summary>HubSpot's <c>policyName</c>, e.g. <c>DAILY</c>.</summary>
    public string PolicyName { get; } = policyName;
}
