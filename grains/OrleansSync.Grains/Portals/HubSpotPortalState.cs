namespace OrleansSync.Grains.Portals;

/// <summary>Durable per-portal state: the HubSpot id of every object the sync wrote, keyed by outbox object key.</summary>
public sealed class HubSpotPortalState
{
    public Dictionary<string, string> Ids { get; set; } = new(StringComparer.Ordinal);
}
