using OrleansSync.Runtime.Membership;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Bench.Runtime;

/// <summary>Counts one silo's membership and lease calls (each is one statement round trip).</summary>
public sealed class CountingLeaseStore(ILeaseStore inner) : ILeaseStore
{
    private long _calls;

    public long Calls => Interlocked.Read(ref _calls);

    public Task RegisterSiloAsync(string siloId, string host, CancellationToken cancellationToken) => Count(inner.RegisterSiloAsync(siloId, host, cancellationToken));

    public Task<bool> HeartbeatAsync(string siloId, CancellationToken cancellationToken) => Count(inner.HeartbeatAsync(siloId, cancellationToken));

    public Task SetSiloStatusAsync(string siloId, SiloStatus status, CancellationToken cancellationToken) => Count(inner.SetSiloStatusAsync(siloId, status, cancellationToken));

    public Task<IReadOnlyList<SiloRecord>> ReadLiveSilosAsync(TimeSpan deadAfter, CancellationToken cancellationToken) => Count(inner.ReadLiveSilosAsync(deadAfter, cancellationToken));

    public Task<IReadOnlyList<SiloRecord>> ReadSilosAsync(CancellationToken cancellationToken) => Count(inner.ReadSilosAsync(cancellationToken));

    public Task<IReadOnlyList<ShardLeaseRow>> ReadLeasesAsync(CancellationToken cancellationToken) => Count(inner.ReadLeasesAsync(cancellationToken));

    public Task<ShardLease?> TryAcquireAsync(int shard, string siloId, TimeSpan ttl, CancellationToken cancellationToken) => Count(inner.TryAcquireAsync(shard, siloId, ttl, cancellationToken));

    public Task<IReadOnlyList<ShardLease>> RenewAsync(IReadOnlyList<ShardLease> leases, TimeSpan ttl, CancellationToken cancellationToken) => Count(inner.RenewAsync(leases, ttl, cancellationToken));

    public Task ReleaseAsync(ShardLease lease, CancellationToken cancellationToken) => Count(inner.ReleaseAsync(lease, cancellationToken));

    private T Count<T>(T task)
    {
        Interlocked.Increment(ref _calls);
        return task;
    }
}
