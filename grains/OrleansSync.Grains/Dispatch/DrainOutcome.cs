using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Grains.Dispatch;

/// <summary>What one drain decided: rows to complete, rows to dead-letter, ids learned and grains to tell.</summary>
public sealed class DrainOutcome
{
    public List<long> Completed { get; } = [];

    public List<(OutboxEntry Entry, string Error, int Attempts)> Rejected { get; } = [];

    public Dictionary<string, string> Learned { get; } = new(StringComparer.Ordinal);

    public List<GrainMessage> Notifications { get; } = [];

    public bool Failed { get; set; }

    public int Handled => Completed.Count + Rejected.Count;
}
