using Microsoft.Extensions.Logging;
using OrleansSync.Runtime.Diagnostics;
using OrleansSync.Runtime.Shards;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Silo;

public sealed partial class GridSilo
{
    private async Task LeaseLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!_paused)
            {
                try
                {
                    await RunLeaseRoundAsync(cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    SiloLog.RoundFailed(_logger, ex, SiloId);
                }
            }

            await Task.Delay(_options.RenewInterval, _infra, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One round: heartbeat, renew, drop what was lost, then move toward this silo's fair share.</summary>
    internal async Task RunLeaseRoundAsync(CancellationToken cancellationToken)
    {
        var roundStart = _infra.GetTimestamp();
        if (!await _leases.HeartbeatAsync(SiloId, cancellationToken))
        {
            SiloLog.DeclaredDead(_logger, SiloId);
            foreach (var shard in _workers.Keys.ToList())
            {
                Drop(shard);
            }

            await _leases.RegisterSiloAsync(SiloId, Environment.MachineName, cancellationToken);
            return;
        }

        await RenewAsync(roundStart, cancellationToken);
        await RecoverFaultedAsync(cancellationToken);
        await PruneDeliveryKeysIfDueAsync(cancellationToken);

        var live = await _leases.ReadLiveSilosAsync(_options.DeadAfter, cancellationToken);
        var share = ShareCalculator.ShareOf(SiloId, [.. live.Select(s => s.SiloId)], _services.ShardCount);
        if (_workers.Count > share)
        {
            foreach (var shard in _workers.Keys.OrderDescending().Take(Math.Min(_workers.Count - share, _options.MaxReleasesPerRound)).ToList())
            {
                await HandOffAsync(shard, cancellationToken);
            }
        }
        else if (_workers.Count < share)
        {
            await AcquireAsync(share - _workers.Count, cancellationToken);
        }
    }

    /// <summary>Whoever owns shard 0 forgets expired deduplication keys, at most once a minute.</summary>
    private async Task PruneDeliveryKeysIfDueAsync(CancellationToken cancellationToken)
    {
        if (!_workers.ContainsKey(0) || _infra.GetElapsedTime(_lastPrune) < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _lastPrune = _infra.GetTimestamp();
        var pruned = await _inbox.PruneDeliveryKeysAsync(_grid.DeduplicationWindow, cancellationToken);
        if (pruned > 0)
        {
            SiloLog.DeliveryKeysPruned(_logger, SiloId, pruned);
        }
    }

    private async Task RenewAsync(long roundStart, CancellationToken cancellationToken)
    {
        var held = _workers.Values.Where(w => !w.Faulted.IsCompleted).Select(w => w.Trust.Lease).ToList();
        if (held.Count == 0)
        {
            return;
        }

        var renewed = (await _leases.RenewAsync(held, _options.LeaseTtl, cancellationToken)).Select(l => l.Shard).ToHashSet();
        foreach (var lease in held)
        {
            if (renewed.Contains(lease.Shard))
            {
                _workers[lease.Shard].Trust.Renewed(roundStart);
            }
            else
            {
                Drop(lease.Shard);
            }
        }
    }

    private async Task RecoverFaultedAsync(CancellationToken cancellationToken)
    {
        foreach (var (shard, worker) in _workers.Where(w => w.Value.Faulted.IsCompleted).ToList())
        {
            _workers.TryRemove(shard, out _);
            _services.Metrics.OnLeaseLost();
            Raise(new ShardStoppedEvent(SiloId, shard, worker.Trust.Lease.Epoch, "worker failed", worker.Faulted.Result));

            // Give the shard up so it is taken again with a new epoch: that re-claims every unacknowledged message.
            // Not before its cancelled turns have ended, or the next owner could run a grain while this silo still does.
            await worker.WaitForTurnsToEndAsync(_options.DrainTimeout, cancellationToken);
            await _leases.ReleaseAsync(worker.Trust.Lease, cancellationToken);
        }
    }

    private async Task AcquireAsync(int wanted, CancellationToken cancellationToken)
    {
        var rows = (await _leases.ReadLeasesAsync(cancellationToken)).ToDictionary(r => r.Shard);
        var candidates = Enumerable.Range(0, _services.ShardCount)
            .Where(s => !_workers.ContainsKey(s) && (!rows.TryGetValue(s, out var row) || row.Owner is null || row.Expired))
            .Take(Math.Min(wanted, _options.MaxAcquisitionsPerRound));
        var acquired = 0;
        foreach (var shard in candidates)
        {
            var attemptStart = _infra.GetTimestamp();
            if (await _leases.TryAcquireAsync(shard, SiloId, _options.LeaseTtl, cancellationToken) is not { } lease)
            {
                continue;
            }

            var trust = new LeaseTrust(lease, _infra, _options.LeaseTtl, _options.TrustMargin);
            trust.Renewed(attemptStart);
            var worker = new ShardWorker(trust, _shards, _services, _options, ActivationBoundPerShard, _loggerFactory.CreateLogger<ShardWorker>());
            _workers[shard] = worker;
            worker.Start();
            worker.Wake();
            _services.Metrics.OnLeaseAcquired();
            SiloLog.Acquired(_logger, SiloId, shard, lease.Epoch);
            Raise(new LeaseAcquiredEvent(SiloId, shard, lease.Epoch));
            acquired++;
        }

        if (acquired > 0)
        {
            SiloLog.OwnershipChanged(_logger, SiloId, _workers.Count, acquired);
        }
    }

    private int ActivationBoundPerShard() => Math.Max(1, _options.MaxActivations / Math.Max(1, _workers.Count));

    private async Task<bool> HandOffAsync(int shard, CancellationToken cancellationToken)
    {
        if (!_workers.TryRemove(shard, out var worker))
        {
            return false;
        }

        await worker.StopAsync(cancellationToken);
        await _leases.ReleaseAsync(worker.Trust.Lease, cancellationToken);
        SiloLog.HandedOff(_logger, SiloId, shard);
        Raise(new ShardStoppedEvent(SiloId, shard, worker.Trust.Lease.Epoch, "handed off", null));
        return true;
    }

    private void Drop(int shard)
    {
        if (_workers.TryRemove(shard, out var worker))
        {
            worker.Abort();
            _services.Metrics.OnLeaseLost();
            SiloLog.Lost(_logger, SiloId, shard, worker.Trust.Lease.Epoch);
            Raise(new ShardStoppedEvent(SiloId, shard, worker.Trust.Lease.Epoch, "lease not renewed", null));
        }
    }
}
