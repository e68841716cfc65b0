using Microsoft.Extensions.Options;
using Orleans.Runtime;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Portals;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Stores;

namespace OrleansSync.Gateway.Admin.Status;

/// <summary>
/// Reads the status page: silos from Orleans' membership, the delivery queue, the dead letters, and each portal's grain.
/// What Orleans cannot answer (no silo up, a portal grain unreachable) shows as an error string, never as a failed page.
/// </summary>
public sealed class ClusterStatusReader(
    IGrainFactory grains,
    IDeliveryQueue queue,
    IServiceProvider services,
    StoreRegistry stores,
    IOptions<HubSpotBudgetOptions> budget,
    TimeProvider time)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    public async Task<ClusterStatus> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var silos = ReadSilosAsync(cancellationToken);
        var portals = Task.WhenAll(stores.PortalIds.Select(p => ReadPortalAsync(p, cancellationToken)));
        var pending = await queue.ReadPendingAsync(cancellationToken);
        long? deadLetters = services.GetService<IDeadLetterStore>() is { } letters ? await letters.CountAsync(cancellationToken) : null;
        var (siloViews, silosError) = await silos;
        return new ClusterStatus(now, siloViews, silosError, Pending(pending, now), deadLetters, await portals);
    }

    private async Task<(IReadOnlyList<SiloView>, string?)> ReadSilosAsync(CancellationToken cancellationToken)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: true, cancellationToken).WaitAsync(CallTimeout, time, cancellationToken);
            return ([.. hosts.OrderBy(h => h.SiloName, StringComparer.Ordinal).Select(h => new SiloView(
                h.SiloAddress.ToString(), h.SiloName, h.HostName, h.Status.ToString(), Utc(h.StartTime), Utc(h.IAmAliveTime)))], null);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            return ([], Describe(error));
        }
    }

    private async Task<PortalView> ReadPortalAsync(string portalId, CancellationToken cancellationToken)
    {
        try
        {
            var status = await grains.GetGrain<IHubSpotPortalGrain>(portalId).GetStatusAsync().WaitAsync(CallTimeout, time, cancellationToken);
            return new PortalView(portalId, status, DrainEstimate.For(portalId, status.Queued + status.InFlight, budget.Value), null);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            return new PortalView(portalId, null, null, Describe(error));
        }
    }

    private static PendingDeliveriesView Pending(IReadOnlyList<PendingByStore> pending, DateTimeOffset now) =>
        new(
            pending.Sum(p => p.Pending),
            pending.Count == 0 ? null : Age(pending.Min(p => p.OldestCreatedAt), now),
            [.. pending.Select(p => new StorePendingView(p.StoreId, p.Pending, Age(p.OldestCreatedAt, now)))]);

    private static double Age(DateTimeOffset since, DateTimeOffset now) => Math.Max(0, (now - since).TotalSeconds);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static string Describe(Exception error) => $"{error.GetType().Name}: {error.Message}";
}
