using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Shards;

/// <summary>
/// The local trust window of a lease: a silo acts for a shard only until the start of its last successful
/// renewal + TTL − margin, so a healthy owner stops before the database could grant the shard elsewhere.
/// Measured on the silo's monotonic clock; the database still fences every commit.
/// </summary>
public sealed class LeaseTrust(ShardLease lease, TimeProvider clock, TimeSpan ttl, TimeSpan margin)
{
    private long _trustedUntil;

    public ShardLease Lease { get; } = lease;

    /// <summary>Records a renewal (or the acquisition) that started at <paramref name="attemptStartTimestamp"/>.</summary>
    public void Renewed(long attemptStartTimestamp)
    {
        var until = attemptStartTimestamp + (long)((ttl - margin).TotalSeconds * clock.TimestampFrequency);
        Interlocked.Exchange(ref _trustedUntil, until);
    }

    public bool IsTrusted => clock.GetTimestamp() < Interlocked.Read(ref _trustedUntil);

    /// <summary>Time left in the trust window (zero or negative once it has ended).</summary>
    public TimeSpan Remaining => TimeSpan.FromSeconds((Interlocked.Read(ref _trustedUntil) - clock.GetTimestamp()) / (double)clock.TimestampFrequency);
}
