namespace OrleansSync.HubSpot;

/// <summary>A record as HubSpot returned it.</summary>
public sealed record HubSpotRecord(string Id, IReadOnlyDictionary<string, string> Properties);
