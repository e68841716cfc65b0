using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.Context;
using OrleansSync.Grains.Diagnostics;
using OrleansSync.Grains.Messaging;
using OrleansSync.Grains.Portals;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;

namespace OrleansSync.Grains.Tests.Dispatch;

/// <summary>
/// Owing grains hand their HubSpot records to the portal's in-memory queue and keep them until acknowledged. A retry tick
/// hands them over again only when that queue is gone, or after a long silence (a lost acknowledgement): during a long
/// backlog, every owing grain handing everything over at every tick kept the portal busy instead of draining.
/// </summary>
public sealed class HandOverTests
{
    private static readonly StoreContext Store = StoreStreamBuilder.EuStore;

    [Fact]
    public async Task RetryTicksWhileThePortalHoldsTheBacklog_HandNothingOverAgain_UntilTheLongSilence_AndEverythingLandsOnce()
    {
        await using var sync = await SyncCluster.StartAsync(settings: new Dictionary<string, string?> { ["HubSpotDispatch:OutageRetryMaxDelay"] = "00:00:00.200" });
        var portal = sync.Sandbox.DefaultPortal;
        portal.Faults.ServerErrorRate = 1.0;
        var at = sync.Clock.GetUtcNow();
        await sync.PostAsync([.. Enumerable.Range(8501, 10).Select(i => TestEvents.Paid(Store, $"{i}", $"buyer{i}@example.com", at))]);
        var queue = sync.Grains.GetGrain<IHubSpotPortalQueue>(SyncCluster.PortalId);
        await Wait.UntilAsync(async () => (await queue.GetQueuedAsync()).Count(k => k.StartsWith("deal:", StringComparison.Ordinal)) == 10, TimeSpan.FromSeconds(60), "10 deals queued behind the outage");
        await WhileFlushingAsync(sync);

        using var handedOver = new HandedOverCounter(sync);
        for (var tick = 1; tick < 8; tick++)
        {
            await sync.FireDueRemindersAsync();
            await WhileFlushingAsync(sync);
        }

        Assert.Equal(0, handedOver.Records);

        // The eighth tick without an acknowledgement hands everything over again: the counter sees hand-overs.
        await sync.FireDueRemindersAsync();
        await WhileFlushingAsync(sync);
        Assert.True(handedOver.Records >= 10, $"{handedOver.Records} records handed over at the eighth silent tick");

        portal.Faults.ServerErrorRate = 0;
        await sync.SettleAsync();
        Assert.All(Enumerable.Range(8501, 10), order => Assert.NotNull(sync.HubSpot.Deal($"shop-eu/{order}")));
        Assert.Equal(10, sync.HubSpot.Deals.Count);
    }

    private static Task WhileFlushingAsync(SyncCluster sync) =>
        Wait.UntilAsync(() => sync.Cluster.Silos.Sum(s => sync.Cluster.GetSiloServiceProvider(s.SiloAddress).GetRequiredService<EffectsInFlight>().Count) == 0,
            TimeSpan.FromSeconds(30), "the grains' flushes done");

    /// <summary>Counts the silo's hand-overs, as a metrics exporter would (this cluster's meters only).</summary>
    private sealed class HandedOverCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _records;

        public HandedOverCounter(SyncCluster sync)
        {
            var factories = sync.Cluster.Silos.Select(s => (object)sync.Cluster.GetSiloServiceProvider(s.SiloAddress).GetRequiredService<IMeterFactory>()).ToHashSet();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == DomainMetrics.HandedOverName && instrument.Meter.Scope is { } scope && factories.Contains(scope))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _records, value));
            _listener.Start();
        }

        public long Records => Interlocked.Read(ref _records);

        public void Dispose() => _listener.Dispose();
    }
}
