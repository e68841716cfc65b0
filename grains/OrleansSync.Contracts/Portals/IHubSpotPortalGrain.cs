namespace OrleansSync.Contracts.Portals;

/// <summary>
/// The rate-limiting grain of one HubSpot portal (key: the portal id). Grains forward the HubSpot records they owe to it;
/// it coalesces them per object, sends them in dependency order and batches, and dead-letters what HubSpot rejects.
/// This is its operator-facing side.
/// </summary>
[Alias("orleanssync.hubspot-portal")]
public interface IHubSpotPortalGrain : IGrainWithStringKey
{
    /// <summary>What the portal is doing now: backlog, in-flight batch, limit headroom, last error.</summary>
    [Alias("status")]
    Task<PortalStatus> GetStatusAsync();

    /// <summary>Puts a dead-lettered record back into the portal's queue; it leaves the dead letters once HubSpot accepts it. False if there is no such letter.</summary>
    [Alias("replay")]
    Task<bool> ReplayDeadLetterAsync(long deadLetterId);

    /// <summary>Call and record counts and event-to-HubSpot latency per event kind, for the operations dashboard and the KPIs.</summary>
    [Alias("operations")]
    Task<PortalOperations> GetOperationsAsync();
}
