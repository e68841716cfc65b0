using OrleansSync.Contracts.Operations;

namespace OrleansSync.Grains.Operations;

/// <summary>What a scheduled check remembers between runs: the portal's stores (as the gateway last reported them) and its last result.</summary>
public sealed class ScheduledChecksState
{
    public List<StoreOfPortal> Stores { get; set; } = [];

    public DataQualityReport? LatestQuality { get; set; }
}
