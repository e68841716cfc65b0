using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Grains.Dispatch;

/// <summary>The per-portal drain loop. Section <c>HubSpotDispatch</c>.</summary>
public sealed class HubSpotDispatchOptions
{
    public const string SectionName = "HubSpotDispatch";

    /// <summary>HubSpot portal ids this deployment writes to (the <c>PortalId</c> the gateway puts on each store's events). Default: none.</summary>
    public List<string> Portals { get; set; } = [];

    /// <summary>Also drain every portal that has rows in the outbox (checked every <see cref="DiscoveryInterval"/>). Default true.</summary>
    public bool DiscoverPortals { get; set; } = true;

    /// <summary>How often the outbox is checked for portals not yet drained. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan DiscoveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Pause between drains when a portal's outbox is empty. Default 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Outbox rows read per drain (coalesced and sent in batches of HubSpot's limit, 100). Default 1000.</summary>
    [Range(1, 10_000)]
    public int ReadLimit { get; set; } = 1000;

    /// <summary>Attempts for a record HubSpot fails transiently before it becomes a dead letter (client-side 4xx rejects go at once). Default 5.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Drains an association may wait for an endpoint's HubSpot id before it becomes a dead letter. Default 200.</summary>
    [Range(1, 100_000)]
    public int MaxUnresolvedDrains { get; set; } = 200;

    /// <summary>Create the sync's properties and the "Ecommerce" pipeline when a silo takes over a portal. Default true.</summary>
    public bool BootstrapSchema { get; set; } = true;
}
