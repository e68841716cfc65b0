using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansSync.Contracts.Operations;
using OrleansSync.Gateway.Diagnostics;
using OrleansSync.Gateway.Stores;

namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>
/// Hands the configured stores to each portal's reconciliation and data-quality grains, which register their own reminders
/// (daily reconciliation, periodic KPIs). The stores are the gateway's configuration; the grid learns them from here.
/// Retries until a silo answers, then stops.
/// </summary>
internal sealed class OperationsScheduler(IGrainFactory grains, StoreRegistry stores, TimeProvider time, ILogger<OperationsScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.WhenAll(stores.PortalIds.SelectMany(p => new[]
                {
                    grains.GetGrain<IReconciliationGrain>(p).ScheduleDailyAsync(stores.StoresOfPortals),
                    grains.GetGrain<IDataQualityGrain>(p).ScheduleAsync(stores.StoresOfPortals),
                })).WaitAsync(stoppingToken);
                GatewayLog.ChecksScheduled(logger, stores.PortalIds.Count);
                return;
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                GatewayLog.ChecksNotScheduled(logger, error);
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
        }
    }
}
