namespace OrleansSync.Grains.Portals;

/// <summary>What one bucket of a portal's id map holds: HubSpot ids by object key, and the retired object keys.</summary>
[GenerateSerializer]
[Alias("hubspot.id-map-bucket.v1")]
public sealed record IdMapBucket(IReadOnlyDictionary<string, string> Ids, IReadOnlyList<string> Retired);
