namespace OrleansSync.Runtime.Diagnostics;

/// <summary>Something a silo did that tests and operators may want to observe (instead of sleeping and guessing).</summary>
public abstract record SiloEvent(string SiloId, int Shard, long Epoch);

/// <summary>The silo took a shard's lease.</summary>
public sealed record LeaseAcquiredEvent(string SiloId, int Shard, long Epoch) : SiloEvent(SiloId, Shard, Epoch);

/// <summary>The silo stopped running a shard: handed off, lost at renewal, or its worker failed (then <see cref="Error"/> says why).</summary>
public sealed record ShardStoppedEvent(string SiloId, int Shard, long Epoch, string Reason, Exception? Error) : SiloEvent(SiloId, Shard, Epoch);
