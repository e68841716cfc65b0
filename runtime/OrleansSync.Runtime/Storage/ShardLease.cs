namespace OrleansSync.Runtime.Storage;

/// <summary>
/// A silo's grant of one shard. <see cref="Epoch"/> increases at every acquisition; every commit
/// for the shard is fenced on (shard, owner, epoch, unexpired).
/// </summary>
public sealed record ShardLease(int Shard, string SiloId, long Epoch);
