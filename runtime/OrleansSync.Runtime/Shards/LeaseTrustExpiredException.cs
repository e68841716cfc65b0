namespace OrleansSync.Runtime.Shards;

/// <summary>The silo could not renew a lease in time and stopped acting for the shard before it could expire.</summary>
public sealed class LeaseTrustExpiredException(int shard, long epoch)
    : Exception($"Shard {shard}: the lease at epoch {epoch} was not renewed within its trust window.");
