using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Portals;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Diagnostics;
using OrleansSync.Gateway.Stores;

namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>
/// Samples, every <see cref="DashboardOptions.SampleInterval"/>, each portal grain's HubSpot call and record counts and each
/// store's queue, into the <see cref="OperationsTimeline"/> the dashboard's chart and throughput figures read. A portal that
/// does not answer is skipped for that round.
/// </summary>
internal sealed class OperationsSampler(
    IGrainFactory grains,
    IDeliveryQueue queue,
    StoreRegistry stores,
    StoreIntake intake,
    OperationsTimeline timeline,
    IOptions<DashboardOptions> options,
    IOptions<HubSpotBudgetOptions> budget,
    TimeProvider time,
    ILogger<OperationsSampler> logger) : BackgroundService
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    // HubSpot's rate limit is a rolling 10-second window: usage is measured over at least that long, never scaled up from a burst.
    private static readonly TimeSpan HubSpotWindow = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, Queue<PortalOperations>> _previous = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SampleInterval, time);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                GatewayLog.SampleFailed(logger, error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        var pending = (await queue.ReadPendingAsync(cancellationToken)).ToDictionary(p => p.StoreId ?? "", StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var store in stores.StoresOfPortals)
        {
            timeline.Add(store.StoreId, new StoreSample(now, pending.GetValueOrDefault(store.StoreId)?.Pending ?? 0, intake.AppendedFor(store.StoreId)));
        }

        foreach (var portalId in stores.PortalIds)
        {
            try
            {
                var operations = await grains.GetGrain<IHubSpotPortalGrain>(portalId).GetOperationsAsync().WaitAsync(CallTimeout, time, cancellationToken);
                Add(portalId, operations);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                GatewayLog.PortalSampleFailed(logger, portalId, error.GetType().Name);
            }
        }
    }

    private void Add(string portalId, PortalOperations now)
    {
        var limit = budget.Value.RequestsPer10SecondsFor(portalId);
        if (!_previous.TryGetValue(portalId, out var history))
        {
            _previous[portalId] = history = new Queue<PortalOperations>();
        }

        // A new activation (failover) restarts the counters: the history before it has no meaning.
        if (history.Count > 0 && (now.HubSpotCalls < history.Last().HubSpotCalls || now.Sent < history.Last().Sent))
        {
            history.Clear();
        }

        var before = history.LastOrDefault(h => h.At <= now.At - HubSpotWindow) ?? history.FirstOrDefault();
        if (before is not null && now.At > before.At)
        {
            var seconds = (now.At - before.At).TotalSeconds;
            var per10 = (now.HubSpotCalls - before.HubSpotCalls) * HubSpotWindow.TotalSeconds / Math.Max(seconds, HubSpotWindow.TotalSeconds);
            timeline.Add(portalId, new RateSample(now.At, Math.Round(per10, 2), limit, Math.Round(per10 * 100 / limit, 1), Math.Round((now.Sent - before.Sent) / seconds, 2)));
        }

        history.Enqueue(now);
        while (history.Count > 1 && history.Peek().At < now.At - (2 * HubSpotWindow))
        {
            history.Dequeue();
        }
    }
}
