namespace OrleansSync.Gateway.HubSpotWebhooks;

/// <summary>
/// What the gateway needs to accept HubSpot's webhooks (read from the <c>HubSpot</c> section the HubSpot client also
/// reads): the app's client secret per portal, the app's id to recognise our own writes, and which signatures count.
/// </summary>
public sealed class HubSpotWebhookOptions
{
    public const string SectionName = "HubSpot";

    /// <summary>The app's client secret for every portal without one of its own. Default none: deliveries are refused.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>OrleansSync's app id: changes with this <c>sourceId</c> are our own writes. Default none (only remembered values suppress echoes).</summary>
    public string? AppId { get; set; }

    /// <summary>Per portal (<c>HubSpot:Portals:{portalId}</c>): its app's client secret and app id.</summary>
    public Dictionary<string, HubSpotWebhookPortal> Portals { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Signature versions accepted: <c>v3</c>, and <c>v1</c>/<c>v2</c> only when listed. Default v3 only.</summary>
    public List<string> SignatureVersions { get; set; } = ["v3"];

    /// <summary>How old (or how far ahead) a v3 timestamp may be. Default 5 minutes, as HubSpot's SDKs check.</summary>
    public TimeSpan SignatureMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The URL HubSpot calls (e.g. <c>https://sync.example.com/webhooks/hubspot</c>) when a proxy changes scheme or host on
    /// the way; v3 and v2 sign the full URL. Default none: the request's own URL.
    /// </summary>
    public Uri? PublicWebhookUrl { get; set; }

    public string? SecretOf(string portalId) =>
        Portals.TryGetValue(portalId, out var portal) && !string.IsNullOrEmpty(portal.ClientSecret) ? portal.ClientSecret : ClientSecret;

    public string? AppIdOf(string portalId) =>
        Portals.TryGetValue(portalId, out var portal) && !string.IsNullOrEmpty(portal.AppId) ? portal.AppId : AppId;
}
