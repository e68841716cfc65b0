using System.Text;

namespace OrleansSync.Grains.Portals;

/// <summary>
/// One bucket of a portal's HubSpot id map. Bucketed so a write rewrites 1/<see cref="Buckets"/> of the map, and a new
/// activation of the portal's grain loads only the buckets it needs to resolve associations.
/// </summary>
[GrainType("hubspot-ids")]
public sealed class HubSpotIdMapGrain([PersistentState("ids")] IPersistentState<HubSpotIdMapState> storage) : Grain, IHubSpotIdMapGrain
{
    public const int Buckets = 32;

    /// <summary>Stable FNV-1a bucket of an object key (the same in every process and version).</summary>
    public static int BucketOf(string objectKey)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(objectKey))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % Buckets);
    }

    public static string KeyOf(string portalId, int bucket) => $"{portalId}/{bucket}";

    public async Task LearnAsync(IReadOnlyDictionary<string, string> ids, IReadOnlyList<string> retired)
    {
        var changed = false;
        foreach (var key in retired)
        {
            changed |= storage.State.Retired.Add(key);
        }

        foreach (var (key, id) in ids)
        {
            if (!storage.State.Ids.TryGetValue(key, out var known) || known != id)
            {
                storage.State.Ids[key] = id;
                changed = true;
            }
        }

        if (changed)
        {
            await storage.WriteStateAsync();
        }
    }

    public Task<IdMapBucket> ReadAsync() =>
        Task.FromResult(new IdMapBucket(new Dictionary<string, string>(storage.State.Ids, StringComparer.Ordinal), [.. storage.State.Retired]));
}
