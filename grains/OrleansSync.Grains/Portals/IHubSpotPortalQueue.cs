using Orleans.Concurrency;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Dispatch;

namespace OrleansSync.Grains.Portals;

/// <summary>The grid-facing side of a portal's grain: grains hand it the HubSpot records they owe.</summary>
[Alias("orleanssync.hubspot-portal-queue")]
public interface IHubSpotPortalQueue : IGrainWithStringKey
{
    /// <summary>
    /// Queues records in memory, replacing older versions of the same objects, and returns at once (it interleaves with
    /// a running drain). The queue is not durable: <paramref name="source"/> keeps each record until the portal acknowledges it.
    /// </summary>
    [AlwaysInterleave]
    [Alias("enqueue")]
    Task EnqueueAsync(GrainIdentity source, IReadOnlyList<PendingHubSpotWrite> writes);

    /// <summary>Object keys queued or in flight (diagnostics).</summary>
    [AlwaysInterleave]
    [Alias("queued")]
    Task<IReadOnlyList<string>> GetQueuedAsync();
}
