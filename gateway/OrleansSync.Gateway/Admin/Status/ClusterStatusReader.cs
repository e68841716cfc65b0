using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Stores;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Gateway.Admin.Status;

/// <summary>Reads the cluster status from the grid store (membership, leases, statistics).</summary>
public sealed class ClusterStatusReader(
    ILeaseStore leases,
    IGridStatisticsReader statistics,
    StoreRegistry stores,
    IOptions<HubSpotBudgetOptions> budget,
    IOptions<GridOptions> grid,
    TimeProvider time)
{
    public async Task<ClusterStatus> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var silos = await leases.ReadSilosAsync(cancellationToken);
        var shards = await leases.ReadLeasesAsync(cancellationToken);
        var stats = await statistics.ReadAsync(now, cancellationToken);
        var held = shards.Where(s => s is { Owner: not null, Expired: false }).GroupBy(s => s.Owner!).ToDictionary(g => g.Key, g => g.Count());
        var portals = stores.PortalIds.Union(stats.OutboxByChannel.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(p => DrainEstimate.For(p, stats.OutboxByChannel.GetValueOrDefault(p), budget.Value))
            .ToList();
        return new ClusterStatus(
            now,
            [.. silos.Select(s => new SiloView(s.SiloId, s.Host, s.Status.ToString(), s.StartedAt, s.LastHeartbeat, held.GetValueOrDefault(s.SiloId)))],
            grid.Value.ShardCount,
            grid.Value.ShardCount - held.Values.Sum(),
            [.. shards.OrderBy(s => s.Shard).Select(s => new ShardOwnerView(s.Shard, s.Owner, s.Epoch, s.ExpiresAt, s.Expired))],
            stats.InboxDepth,
            stats.ClaimedInboxDepth,
            stats.Reminders,
            stats.DueReminders,
            stats.DeadLetters,
            portals);
    }
}
