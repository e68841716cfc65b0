using System.Text;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Shards;

namespace OrleansSync.Grains.Portals;

/// <summary>
/// One bucket of a portal's HubSpot id map (which HubSpot id each written object got). Bucketed so that a turn rewrites
/// 1/<see cref="Buckets"/> of the map, and a new owner of the portal loads only the buckets it needs.
/// </summary>
public sealed class HubSpotIdMapGrain : Grain<HubSpotIdMapState>, IHandle<HubSpotIdsLearned>
{
    public const string TypeName = "hubspot-ids";
    public const int Buckets = 32;

    public static int BucketOf(string objectKey) => (int)(ShardHash.Fnv1a(Encoding.UTF8.GetBytes(objectKey)) % Buckets);

    public static GrainId For(string portalId, int bucket) => new(TypeName, $"{portalId}/{bucket}");

    public ValueTask HandleAsync(HubSpotIdsLearned message, CancellationToken cancellationToken)
    {
        foreach (var (key, id) in message.Ids)
        {
            State.Ids[key] = id;
        }

        return ValueTask.CompletedTask;
    }
}
