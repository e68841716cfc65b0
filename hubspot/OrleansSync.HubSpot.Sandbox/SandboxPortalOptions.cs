namespace OrleansSync.HubSpot.Sandbox;

/// <summary>One HubSpot account in the sandbox, reached with one private-app token.</summary>
public sealed class SandboxPortalOptions
{
    /// <summary>The hub id; custom event names are <c>pe{PortalId}_{name}</c>.</summary>
    public long PortalId { get; set; } = 1000001;

    /// <summary>Private-app token accepted as <c>Authorization: Bearer</c>.</summary>
    public string AccessToken { get; set; } = "pat-na1-sandbox-0000";

    /// <summary>Granted scopes; <c>null</c> grants every scope.</summary>
    public List<string>? Scopes { get; set; }

    /// <summary>Burst limit per rolling window: 100 (Free/Starter), 190 (Pro/Enterprise), 250 (add-on).</summary>
    public int RequestsPerInterval { get; set; } = 100;

    /// <summary>Length of the rolling window. HubSpot's is 10 s; tests may shorten it.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Daily quota: 250,000 (Free/Starter), 625,000 (Pro), 1,000,000 (Enterprise).</summary>
    public int DailyLimit { get; set; } = 250_000;

    /// <summary>CRM search requests per second (HubSpot: 5, counted separately, no rate-limit headers).</summary>
    public int SearchRequestsPerSecond { get; set; } = 5;

    /// <summary>Offset of the account's time zone; the daily quota resets at its midnight.</summary>
    public TimeSpan TimeZoneOffset { get; set; } = TimeSpan.Zero;

    /// <summary>Where the portal's app receives its webhooks (contact and deal creation, property change, deletion, merge). Default none: no webhooks.</summary>
    public Uri? WebhookTargetUrl { get; set; }

    /// <summary>The app's client secret the webhooks are signed with (v3 and v1). Required with <see cref="WebhookTargetUrl"/>.</summary>
    public string? WebhookClientSecret { get; set; }

    /// <summary>The id of the app the access token belongs to; named as <c>sourceId</c> on changes it made through the API.</summary>
    public long AppId { get; set; } = 4_242_001;

    /// <summary>Properties with a propertyChange subscription; null: the contact fields, lifecycle stage, lead status and the deal's name, amount and stage.</summary>
    public List<string>? WebhookProperties { get; set; }

    /// <summary>Attempts per delivery, as HubSpot retries failed ones (10 over 24 h there). Default 10.</summary>
    public int WebhookMaxAttempts { get; set; } = 10;

    /// <summary>Pause before a failed delivery is sent again (doubles per attempt). Default 1 s; tests may shorten it.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
