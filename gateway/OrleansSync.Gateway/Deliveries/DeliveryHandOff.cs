using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Hands queued deliveries to their grains. Rows this process appended arrive through an in-process channel and are
/// handed over at once; every <see cref="DeliveryOptions.SweepInterval"/> the due rows of any gateway (failed earlier,
/// or left behind by a crash) are claimed and handed over too. Per batch: grouped by grain, in queue order, one
/// <c>DeliverAsync</c> per grain, <see cref="DeliveryOptions.MaxConcurrentGrains"/> grains at once. A row is marked
/// delivered only after its grain acknowledged it; a failure of any kind leaves it pending with a later attempt time
/// (so a retried row can reach its grain after later ones: grains order by the source's ids, versions and updated_at).
/// A row is handed over only while this process holds its lease with a whole hand-over timeout to spare.
/// </summary>
public sealed partial class DeliveryHandOff(
    IDeliveryQueue queue,
    IGrainFactory grains,
    IServiceProvider services,
    IOptions<DeliveryOptions> options,
    GatewayMetrics metrics,
    TimeProvider time,
    ILogger<DeliveryHandOff> logger) : BackgroundService
{
    private readonly DeliveryOptions _options = options.Value;

    // Bounded: when hand-over falls behind, rows beyond it wait for their lease to run out and the sweep to take them.
    private readonly Channel<QueuedDelivery> _appended = Channel.CreateBounded<QueuedDelivery>(
        new BoundedChannelOptions(options.Value.BatchSize * 10) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly IDeadLetterStore? _deadLetters = services.GetService<IDeadLetterStore>();

    /// <summary>Hands rows this process just appended to their grains as soon as possible (they are durable already).</summary>
    public void Enqueue(IEnumerable<QueuedDelivery> appended)
    {
        foreach (var row in appended)
        {
            _appended.Writer.TryWrite(row);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextSweep = time.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = new List<QueuedDelivery>();
                while (batch.Count < _options.BatchSize && _appended.Reader.TryRead(out var row))
                {
                    batch.Add(row);
                }

                if (time.GetElapsedTime(nextSweep) >= TimeSpan.Zero)
                {
                    nextSweep = time.GetTimestamp() + (long)(_options.SweepInterval.TotalSeconds * time.TimestampFrequency);
                    var now = time.GetUtcNow();
                    var claimed = await queue.ClaimDueAsync(now, now + _options.ClaimLease, _options.BatchSize, stoppingToken);
                    DeliveryLog.Swept(logger, claimed.Count);
                    batch.AddRange(claimed);
                }

                if (batch.Count > 0)
                {
                    await HandOverAsync(batch, stoppingToken);
                    continue;
                }

                var untilSweep = -time.GetElapsedTime(nextSweep);
                if (untilSweep > TimeSpan.Zero)
                {
                    using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    wake.CancelAfter(untilSweep);
                    await ((Task)_appended.Reader.WaitToReadAsync(wake.Token).AsTask()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // The database is away: what was taken stays leased and comes back through a sweep.
                DeliveryLog.QueueUnavailable(logger, error, _options.SweepInterval);
                await Task.Delay(_options.SweepInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task HandOverAsync(List<QueuedDelivery> batch, CancellationToken stoppingToken)
    {
        var delivered = new ConcurrentBag<long>();
        var failures = new ConcurrentBag<DeliveryFailure>();
        // A row can come twice (appended here, then claimed by a sweep once its lease ran out): keep the newest lease.
        var grainsOfBatch = batch.GroupBy(d => d.Id).Select(g => g.MaxBy(d => d.LeaseExpiresAt)!)
            .GroupBy(d => d.Target).Select(g => g.OrderBy(d => d.Id).ToList()).ToList();
        await Parallel.ForEachAsync(
            grainsOfBatch,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentGrains, CancellationToken = stoppingToken },
            async (rows, cancellationToken) => await HandOverToGrainAsync(rows, delivered, failures, cancellationToken));

        await queue.MarkDeliveredAsync([.. delivered], time.GetUtcNow(), stoppingToken);
        await queue.RecordFailuresAsync([.. failures], stoppingToken);
        metrics.OnHandedOver(delivered.Count);
        metrics.OnHandOverFailed(failures.Count);
    }
}
