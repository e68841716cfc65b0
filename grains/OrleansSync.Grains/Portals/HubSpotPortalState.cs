namespace OrleansSync.Grains.Portals;

/// <summary>Durable per-portal facts: the ecommerce pipeline's ids and which silo last took the portal over.</summary>
public sealed class HubSpotPortalState
{
    public string? PipelineId { get; set; }

    public Dictionary<string, string> StageIds { get; set; } = new(StringComparer.Ordinal);

    public string? OwnerSiloId { get; set; }

    public DateTimeOffset? TakenOverAt { get; set; }

    public int TakeOvers { get; set; }
}
