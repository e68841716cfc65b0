namespace OrleansSync.Grains.Portals;

/// <summary>One bucket of a portal's HubSpot id map (key <c>{portalId}/{bucket}</c>): which HubSpot id each written object got.</summary>
[Alias("orleanssync.hubspot-ids")]
public interface IHubSpotIdMapGrain : IGrainWithStringKey
{
    [Alias("learn")]
    Task LearnAsync(IReadOnlyDictionary<string, string> ids, IReadOnlyList<string> retired);

    [Alias("read")]
    Task<IdMapBucket> ReadAsync();
}
