namespace OrleansSync.Grains.Portals;

/// <summary>Durable per-portal facts: the ecommerce pipeline's ids, and how often the portal's grain was activated anew.</summary>
public sealed class HubSpotPortalState
{
    public string? PipelineId { get; set; }

    public Dictionary<string, string> StageIds { get; set; } = new(StringComparer.Ordinal);

    public string? LastSilo { get; set; }

    public DateTimeOffset? ActivatedAt { get; set; }

    public int Activations { get; set; }

    /// <summary>When the current activation last claimed a drain (an ETag-checked write; a stale activation's fails).</summary>
    public DateTimeOffset? LastDrainAt { get; set; }
}
