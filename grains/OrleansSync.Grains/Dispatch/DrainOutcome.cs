namespace OrleansSync.Grains.Dispatch;

/// <summary>What one drain decided: records HubSpot took (with ids learned), records to dead-letter, and whether a call failed.</summary>
public sealed class DrainOutcome
{
    public List<(DrainItem Item, string? HubSpotId)> Completed { get; } = [];

    public List<(DrainItem Item, string Error, int Attempts)> Rejected { get; } = [];

    public Dictionary<string, string> Learned { get; } = new(StringComparer.Ordinal);

    public List<string> Retired { get; } = [];

    public bool Failed { get; set; }

    public int Handled => Completed.Count + Rejected.Count;
}
