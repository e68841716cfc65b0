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
    /// Returns the id of the queue that took them (see <see cref="GetQueueIdAsync"/>).
    /// </summary>
    [AlwaysInterleave]
    [Alias("enqueue")]
    Task<Guid> EnqueueAsync(GrainIdentity source, IReadOnlyList<PendingHubSpotWrite> writes);

    /// <summary>
    /// The id of the portal's in-memory queue, new with every activation of the portal's grain: while it is the id a
    /// hand-over returned, the queue still holds those records (or has acknowledged them).
    /// </summary>
    [AlwaysInterleave]
    [Alias("queue-id")]
    Task<Guid> GetQueueIdAsync();

    /// <summary>Object keys queued or in flight (diagnostics).</summary>
    [AlwaysInterleave]
    [Alias("queued")]
    Task<IReadOnlyList<string>> GetQueuedAsync();
}
