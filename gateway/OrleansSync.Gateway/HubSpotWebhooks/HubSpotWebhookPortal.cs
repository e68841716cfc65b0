namespace OrleansSync.Gateway.HubSpotWebhooks;

/// <summary>One portal's webhook settings (<c>HubSpot:Portals:{portalId}</c>, beside its access token).</summary>
public sealed class HubSpotWebhookPortal
{
    /// <summary>The client secret of the app installed in this portal (Auth tab of the app). Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>That app's id; HubSpot names it as <c>sourceId</c> on changes the app made.</summary>
    public string? AppId { get; set; }
}
