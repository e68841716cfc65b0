namespace OrleansSync.HubSpot;

/// <summary>Per-record outcome of a bulk call: every input key appears exactly once, in one of the two lists.</summary>
public sealed record BatchResult(IReadOnlyList<RecordSuccess> Succeeded, IReadOnlyList<RecordFailure> Failed)
{
    public static readonly BatchResult Empty = new([], []);
}
