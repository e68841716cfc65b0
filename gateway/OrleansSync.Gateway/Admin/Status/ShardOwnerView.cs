namespace OrleansSync.Gateway.Admin.Status;

/// <summary>A shard's lease: owner (null when never taken), fencing epoch and expiry.</summary>
public sealed record ShardOwnerView(int Shard, string? Owner, long Epoch, DateTimeOffset? ExpiresAt, bool Expired);
