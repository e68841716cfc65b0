namespace OrleansSync.Runtime.Storage;

/// <summary>A fenced commit was refused because the silo no longer holds the shard's lease at that epoch.</summary>
public sealed class LeaseLostException(int shard, long epoch)
    : Exception($"Shard {shard}: the lease at epoch {epoch} is no longer held; the commit was refused.")
{
    public int Shard { get; } = shard;

    public long Epoch { get; } = epoch;
}
