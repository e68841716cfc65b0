using OrleansSync.Runtime.Membership;

namespace OrleansSync.Runtime.Storage;

/// <summary>Silo membership and shard leases. Expiry is judged by the store's own clock.</summary>
public interface ILeaseStore
{
    Task RegisterSiloAsync(string siloId, string host, CancellationToken cancellationToken);

    /// <summary>Refreshes the silo's heartbeat; false if its row is gone or declared dead (it must then stop everything).</summary>
    Task<bool> HeartbeatAsync(string siloId, CancellationToken cancellationToken);

    Task SetSiloStatusAsync(string siloId, SiloStatus status, CancellationToken cancellationToken);

    /// <summary>Silos whose heartbeat is younger than <paramref name="deadAfter"/>; older active ones are marked dead.</summary>
    Task<IReadOnlyList<SiloRecord>> ReadLiveSilosAsync(TimeSpan deadAfter, CancellationToken cancellationToken);

    Task<IReadOnlyList<SiloRecord>> ReadSilosAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ShardLeaseRow>> ReadLeasesAsync(CancellationToken cancellationToken);

    /// <summary>Takes the shard if it is free or expired, with epoch + 1; null if someone else holds it.</summary>
    Task<ShardLease?> TryAcquireAsync(int shard, string siloId, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Extends the leases still held at their epochs; returns those renewed.</summary>
    Task<IReadOnlyList<ShardLease>> RenewAsync(IReadOnlyList<ShardLease> leases, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Gives the shard up now (expiry = now) so the next owner need not wait for the TTL.</summary>
    Task ReleaseAsync(ShardLease lease, CancellationToken cancellationToken);
}
