using OrleansSync.Contracts.Operations;
using OrleansSync.Contracts.Portals;
using OrleansSync.Gateway.Admin.Status;
using OrleansSync.Gateway.Stores;

namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>
/// Reads the dashboard's overview: the cluster status (the same reader as <c>/admin/status</c>, so the numbers agree), each
/// portal grain's latency, the sampled rates, the latest KPIs and reconciliations, and the traffic light over all of it.
/// </summary>
public sealed class OverviewReader(
    ClusterStatusReader statusReader,
    IGrainFactory grains,
    StoreRegistry stores,
    OperationsTimeline timeline,
    IReconciliationStore reconciliations,
    TimeProvider time)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan RateSpan = TimeSpan.FromMinutes(1);

    public async Task<OperationsOverview> ReadAsync(CancellationToken cancellationToken)
    {
        var status = await statusReader.ReadAsync(cancellationToken);
        var portals = await Task.WhenAll(status.Portals.Select(p => PortalAsync(p, cancellationToken)));
        var kpis = (await Task.WhenAll(stores.PortalIds.Select(p => LatestKpisAsync(p, cancellationToken)))).OfType<DataQualityReport>().ToList();
        var latest = (await reconciliations.ListAsync(null, 100, cancellationToken))
            .GroupBy(r => r.PortalId, StringComparer.Ordinal).Select(g => g.First()).OrderBy(r => r.PortalId, StringComparer.Ordinal).ToList();
        var storeViews = stores.StoresOfPortals.Select(s => Store(s, status.Deliveries)).ToList();
        return new OperationsOverview(
            status.At, SyncHealthJudge.Judge(status, portals, kpis, latest), status.Deliveries.Pending, status.DeadLetters, status.Silos.Count, storeViews, portals, kpis, latest);
    }

    private async Task<PortalThroughputView> PortalAsync(PortalView portal, CancellationToken cancellationToken)
    {
        if (portal is not { Status: { } state, Drain: { } drain })
        {
            return new PortalThroughputView(portal.PortalId, 0, 0, 0, 0, 0, 0, 0, null, [], portal.Error ?? "no status");
        }

        IReadOnlyList<LatencyByKind> latency;
        try
        {
            latency = (await grains.GetGrain<IHubSpotPortalGrain>(portal.PortalId).GetOperationsAsync().WaitAsync(CallTimeout, time, cancellationToken)).Latency;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            latency = [];
        }

        var last = timeline.Portal(portal.PortalId).LastOrDefault();
        return new PortalThroughputView(
            portal.PortalId, drain.Backlog, state.Sent, state.DeadLettered, last?.RecordsPerSecond ?? 0, last?.UsagePercent ?? 0, drain.RequestsPer10Seconds,
            drain.EtaToDrainSeconds, state.LastError, latency, null);
    }

    private async Task<DataQualityReport?> LatestKpisAsync(string portalId, CancellationToken cancellationToken)
    {
        try
        {
            return await grains.GetGrain<IDataQualityGrain>(portalId).GetLatestAsync().WaitAsync(CallTimeout, time, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private StoreThroughputView Store(StoreOfPortal store, PendingDeliveriesView deliveries)
    {
        var pending = deliveries.ByStore.FirstOrDefault(s => s.StoreId == store.StoreId);
        var samples = timeline.Store(store.StoreId);
        double accepted = 0, drained = 0;
        if (samples.Count >= 2)
        {
            var newest = samples[^1];
            var oldest = samples.LastOrDefault(s => s.At <= newest.At - RateSpan) ?? samples[0];
            var minutes = (newest.At - oldest.At).TotalMinutes;
            if (minutes > 0)
            {
                accepted = (newest.Appended - oldest.Appended) / minutes;
                drained = Math.Max(0, (newest.Appended - oldest.Appended) - (newest.Pending - oldest.Pending)) / minutes;
            }
        }

        var backlog = pending?.Pending ?? 0;
        double? eta = backlog == 0 ? 0 : drained > 0 ? Math.Round(backlog / drained * 60, 1) : null;
        return new StoreThroughputView(store.StoreId, store.PortalId, backlog, pending?.OldestPendingAgeSeconds, Math.Round(accepted, 1), Math.Round(drained, 1), eta);
    }
}
