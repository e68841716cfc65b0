namespace OrleansSync.Runtime.Storage;

/// <summary>A shard's lease row as stored (for status pages and balancing).</summary>
public sealed record ShardLeaseRow(int Shard, string? Owner, long Epoch, DateTimeOffset? ExpiresAt, bool Expired);
