namespace OrleansSync.HubSpot;

/// <summary>
/// One HubSpot portal's own connection (<c>HubSpot:Portals:{portalId}</c>): its private-app token and its limits. A portal
/// not listed uses the <c>HubSpot</c> section's token and limits, with a rate limiter of its own.
/// </summary>
public sealed class HubSpotPortalConnection
{
    /// <summary>The portal's private-app token. Required for a listed portal.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>The portal's account tier; see <see cref="HubSpotClientOptions.Tier"/>. Default: the section's.</summary>
    public HubSpotPortalTier? Tier { get; set; }

    /// <summary>The portal's burst limit per window; see <see cref="HubSpotClientOptions.RequestsPerInterval"/>. Default: the section's.</summary>
    public int? RequestsPerInterval { get; set; }
}
