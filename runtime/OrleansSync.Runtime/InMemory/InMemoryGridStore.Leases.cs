using OrleansSync.Runtime.Membership;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.InMemory;

public sealed partial class InMemoryGridStore
{
    public Task RegisterSiloAsync(string siloId, string host, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _silos[siloId] = new SiloRecord(siloId, host, SiloStatus.Active, LeaseNow, LeaseNow);
        }

        return Task.CompletedTask;
    }

    public Task<bool> HeartbeatAsync(string siloId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_silos.TryGetValue(siloId, out var silo) || silo.Status is SiloStatus.Dead or SiloStatus.Left)
            {
                return Task.FromResult(false);
            }

            _silos[siloId] = silo with { LastHeartbeat = LeaseNow };
            return Task.FromResult(true);
        }
    }

    public Task SetSiloStatusAsync(string siloId, SiloStatus status, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_silos.TryGetValue(siloId, out var silo))
            {
                _silos[siloId] = silo with { Status = status };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SiloRecord>> ReadLiveSilosAsync(TimeSpan deadAfter, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var silo in _silos.Values.Where(s => s.Status == SiloStatus.Active && s.LastHeartbeat + deadAfter < LeaseNow).ToList())
            {
                _silos[silo.SiloId] = silo with { Status = SiloStatus.Dead };
            }

            return Task.FromResult<IReadOnlyList<SiloRecord>>([.. _silos.Values.Where(s => s.Status == SiloStatus.Active).OrderBy(s => s.SiloId, StringComparer.Ordinal)]);
        }
    }

    public Task<IReadOnlyList<SiloRecord>> ReadSilosAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<SiloRecord>>([.. _silos.Values.OrderBy(s => s.SiloId, StringComparer.Ordinal)]);
        }
    }

    public Task<IReadOnlyList<ShardLeaseRow>> ReadLeasesAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = LeaseNow;
            return Task.FromResult<IReadOnlyList<ShardLeaseRow>>(
                [.. _leases.OrderBy(l => l.Key).Select(l => new ShardLeaseRow(l.Key, l.Value.Owner, l.Value.Epoch, l.Value.ExpiresAt, l.Value.ExpiresAt <= now))]);
        }
    }

    public Task<ShardLease?> TryAcquireAsync(int shard, string siloId, TimeSpan ttl, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = LeaseNow;
            var row = _leases.GetValueOrDefault(shard) ?? new LeaseRow(null, 0, now);
            if (row.Owner is not null && row.ExpiresAt > now)
            {
                return Task.FromResult<ShardLease?>(null);
            }

            _leases[shard] = new LeaseRow(siloId, row.Epoch + 1, now + ttl);
            return Task.FromResult<ShardLease?>(new ShardLease(shard, siloId, row.Epoch + 1));
        }
    }

    public Task<IReadOnlyList<ShardLease>> RenewAsync(IReadOnlyList<ShardLease> leases, TimeSpan ttl, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = LeaseNow;
            var renewed = new List<ShardLease>();
            foreach (var lease in leases)
            {
                if (IsHeldLocked(lease, now))
                {
                    _leases[lease.Shard] = _leases[lease.Shard] with { ExpiresAt = now + ttl };
                    renewed.Add(lease);
                }
            }

            return Task.FromResult<IReadOnlyList<ShardLease>>(renewed);
        }
    }

    public Task ReleaseAsync(ShardLease lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (IsHeldLocked(lease, LeaseNow))
            {
                _leases[lease.Shard] = new LeaseRow(null, lease.Epoch, LeaseNow);
            }
        }

        return Task.CompletedTask;
    }

    private bool IsHeldLocked(ShardLease lease, DateTimeOffset now) =>
        _leases.TryGetValue(lease.Shard, out var row) && row.Owner == lease.SiloId && row.Epoch == lease.Epoch && row.ExpiresAt > now;

    private void EnsureHeldLocked(ShardLease lease)
    {
        if (!IsHeldLocked(lease, LeaseNow))
        {
            throw new LeaseLostException(lease.Shard, lease.Epoch);
        }
    }
}
