using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Prunes delivered rows once their deduplication window has passed (every <see cref="DeliveryOptions.PruneInterval"/>;
/// several gateways pruning at once is harmless) and refreshes the pending-deliveries gauge.
/// </summary>
internal sealed class DeliveryHousekeeping(
    IDeliveryQueue queue,
    IOptions<DeliveryOptions> options,
    GatewayMetrics metrics,
    TimeProvider time,
    ILogger<DeliveryHousekeeping> logger) : BackgroundService
{
    private static readonly TimeSpan GaugeInterval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var window = options.Value.DeduplicationWindow;
        var lastPrune = long.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                metrics.OnPendingCounted((await queue.ReadPendingAsync(stoppingToken)).Sum(p => p.Pending));
                if (lastPrune == long.MinValue || time.GetElapsedTime(lastPrune) >= options.Value.PruneInterval)
                {
                    lastPrune = time.GetTimestamp();
                    var pruned = await queue.PruneDeliveredAsync(time.GetUtcNow() - window, stoppingToken);
                    if (pruned > 0)
                    {
                        DeliveryLog.Pruned(logger, pruned, window);
                    }
                }
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                DeliveryLog.QueueUnavailable(logger, error, GaugeInterval);
            }

            await Task.Delay(GaugeInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
