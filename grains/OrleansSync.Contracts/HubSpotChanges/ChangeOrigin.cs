namespace OrleansSync.Contracts.HubSpotChanges;

/// <summary>Who made a change in HubSpot, as its webhook says (<c>changeSource</c>, <c>sourceId</c>).</summary>
/// <param name="ChangeSource">HubSpot's <c>changeSource</c>: <c>CRM_UI</c>, <c>INTEGRATION</c>, <c>API</c>, <c>IMPORT</c>, <c>WORKFLOW</c>…</param>
/// <param name="SourceId">HubSpot's <c>sourceId</c>: <c>userId:…</c> for a person, the app id for an integration.</param>
/// <param name="ByThisApp">True when the gateway recognised OrleansSync's own app as the writer (an echo of our write).</param>
[GenerateSerializer]
public sealed record ChangeOrigin(string? ChangeSource, string? SourceId, bool ByThisApp);
