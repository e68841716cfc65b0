namespace OrleansSync.Gateway.HubSpotWebhooks;

/// <summary>Why a HubSpot delivery's signature was refused (kept with the rejected delivery).</summary>
public sealed record SignatureFailure(string Title, string Detail);
