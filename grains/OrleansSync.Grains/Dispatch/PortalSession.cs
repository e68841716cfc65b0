using OrleansSync.Grains.Portals;
using OrleansSync.Runtime.Client;

namespace OrleansSync.Grains.Dispatch;

/// <summary>What the owning silo keeps in memory while it drains one portal: pipeline ids, the id-map cache and attempt counts.</summary>
public sealed class PortalSession(string portalId, string pipelineId, IReadOnlyDictionary<string, string> stageIds)
{
    private readonly HashSet<int> _loadedBuckets = [];

    public string PortalId { get; } = portalId;

    public string PipelineId { get; } = pipelineId;

    /// <summary>Stage label → stage id in the portal's ecommerce pipeline.</summary>
    public IReadOnlyDictionary<string, string> StageIds { get; } = stageIds;

    /// <summary>Outbox object key → HubSpot id: what this owner learned, plus the buckets it loaded.</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Attempts { get; } = new(StringComparer.Ordinal);

    public int Attempt(string objectKey) => Attempts[objectKey] = Attempts.GetValueOrDefault(objectKey) + 1;

    /// <summary>Loads the id-map buckets of unknown keys once per session; only this owner writes the map while it owns the portal.</summary>
    public async Task EnsureKnownAsync(IGrainClient grains, IEnumerable<string> objectKeys, CancellationToken cancellationToken)
    {
        var buckets = objectKeys.Where(k => !Ids.ContainsKey(k)).Select(HubSpotIdMapGrain.BucketOf).Where(b => !_loadedBuckets.Contains(b)).Distinct().ToList();
        foreach (var bucket in buckets)
        {
            var state = await grains.ReadStateAsync<HubSpotIdMapState>(HubSpotIdMapGrain.For(PortalId, bucket), cancellationToken);
            foreach (var (key, id) in state?.Ids ?? [])
            {
                Ids.TryAdd(key, id);
            }

            _loadedBuckets.Add(bucket);
        }
    }
}
