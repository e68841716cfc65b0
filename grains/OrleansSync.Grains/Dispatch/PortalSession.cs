using OrleansSync.Grains.Portals;

namespace OrleansSync.Grains.Dispatch;

/// <summary>What a portal's grain keeps in memory while it drains: pipeline ids, the id-map cache and attempt counts.</summary>
public sealed class PortalSession(string portalId, string pipelineId, IReadOnlyDictionary<string, string> stageIds)
{
    private readonly HashSet<int> _loadedBuckets = [];

    public string PortalId { get; } = portalId;

    public string PipelineId { get; } = pipelineId;

    /// <summary>Stage label → stage id in the portal's ecommerce pipeline.</summary>
    public IReadOnlyDictionary<string, string> StageIds { get; } = stageIds;

    /// <summary>Object key → HubSpot id: what this activation learned, plus the buckets it loaded.</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>Object keys never to be written again (the old key of a renamed contact).</summary>
    public HashSet<string> Retired { get; } = new(StringComparer.Ordinal);

    /// <summary>Drains each association waited for an endpoint's HubSpot id.</summary>
    public Dictionary<string, int> Attempts { get; } = new(StringComparer.Ordinal);

    public int Attempt(string objectKey) => Attempts[objectKey] = Attempts.GetValueOrDefault(objectKey) + 1;

    /// <summary>Records HubSpot failed alone while answering other calls, waiting to be tried again.</summary>
    public SuspectRecords Suspects { get; } = new();

    /// <summary>Object keys this activation dead-lettered (until a replay writes them): associations to them are dead-lettered too.</summary>
    public HashSet<string> DeadLettered { get; } = new(StringComparer.Ordinal);

    /// <summary>Loads the id-map buckets of unknown keys once per activation; only this portal's grain writes the map.</summary>
    public async Task EnsureKnownAsync(IGrainFactory grains, IEnumerable<string> objectKeys)
    {
        var buckets = objectKeys.Where(k => !Ids.ContainsKey(k)).Select(HubSpotIdMapGrain.BucketOf).Where(b => !_loadedBuckets.Contains(b)).Distinct().ToList();
        foreach (var bucket in buckets)
        {
            var loaded = await grains.GetGrain<IHubSpotIdMapGrain>(HubSpotIdMapGrain.KeyOf(PortalId, bucket)).ReadAsync();
            foreach (var (key, id) in loaded.Ids)
            {
                Ids.TryAdd(key, id);
            }

            Retired.UnionWith(loaded.Retired);

            _loadedBuckets.Add(bucket);
        }
    }
}
