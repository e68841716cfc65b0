namespace OrleansSync.Grains.Dispatch;

/// <summary>What one drain decided: records HubSpot took (with ids learned), records to dead-letter, and whether it stopped early.</summary>
public sealed class DrainOutcome
{
    public List<(DrainItem Item, string? HubSpotId)> Completed { get; } = [];

    public List<(DrainItem Item, string Error, int Attempts)> Rejected { get; } = [];

    public Dictionary<string, string> Learned { get; } = new(StringComparer.Ordinal);

    public List<string> Retired { get; } = [];

    /// <summary>HubSpot answered no call of the portal (not even a probe): nothing was blamed, the portal pauses.</summary>
    public bool Outage { get; set; }

    /// <summary>HubSpot answered 429 after the client waited out its window: nothing was blamed, the rest waits for the next drain.</summary>
    public bool RateLimited { get; set; }

    /// <summary>The drain stopped before sending everything it took.</summary>
    public bool Failed => Outage || RateLimited;

    public int Handled => Completed.Count + Rejected.Count;
}
