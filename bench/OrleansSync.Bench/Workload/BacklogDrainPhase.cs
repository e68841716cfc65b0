using System.Diagnostics;
using OrleansSync.Bench.EndToEnd;
using OrleansSync.HubSpot.Sandbox.Portals;
using OrleansSync.Workload.Verification;

namespace OrleansSync.Bench.Workload;

/// <summary>
/// Measures the portal's drain while it really has a backlog. The sandbox portal answers every call 5xx (an outage: the
/// grain pauses without blaming or dead-lettering anything) while signed Shopify orders of a store of their own are
/// ingested and handed to their grains; once the portal's queue stops growing the outage ends, and the records HubSpot
/// accepts from then until less than one batch is left are counted. Runs after the end-to-end figures are taken.
/// </summary>
internal sealed class BacklogDrainPhase(HttpClient http, Uri gateway, SandboxPortal portal, PortalBacklogProbe probe, int orders, int concurrency, int requestsPer10Seconds, TimeSpan bound)
{
    /// <summary>The gateway settings of the phase's store (index: after the workload's storefronts).</summary>
    public static IReadOnlyDictionary<string, string> GatewaySettings(int index, string portalId) => new Dictionary<string, string>
    {
        [$"Gateway__Stores__{index}__Id"] = ShopifyOrderDeliveries.Store,
        [$"Gateway__Stores__{index}__Platform"] = "Shopify",
        [$"Gateway__Stores__{index}__Secret"] = ShopifyOrderDeliveries.Secret,
        [$"Gateway__Stores__{index}__PortalId"] = portalId,
        [$"Gateway__Stores__{index}__DefaultCurrency"] = "USD",
        [$"Gateway__Stores__{index}__PlatformStoreId"] = ShopifyOrderDeliveries.ShopDomain,
    };

    public async Task<BacklogDrain> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        portal.Faults.ServerErrorRate = 1;
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, orders), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (n, ct) =>
            {
                for (var attempt = 0; attempt < 5; attempt++)
                {
                    using var response = await http.SendAsync(Delivery(n), ct);
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
            });

            await WaitUntilBuiltAsync(clock, cancellationToken);
        }
        finally
        {
            portal.Faults.ServerErrorRate = 0;
        }

        var released = DateTimeOffset.UtcNow;
        var peak = probe.Samples.Where(s => s.At >= started).Select(s => s.Queued + s.InFlight).DefaultIfEmpty().Max();
        var drained = await WaitUntilDrainedAsync(released, clock, cancellationToken);
        var calls = portal.Calls().Where(c => c.At >= released && c.At < (drained ?? DateTimeOffset.MaxValue)).ToList();

        // The probe samples every half second; the drain ended with the last call HubSpot accepted before that sample.
        var end = drained is null ? DateTimeOffset.UtcNow : calls.Where(c => c.Status is >= 200 and < 300).Select(c => c.At).DefaultIfEmpty(drained.Value).Max();
        var written = calls.Where(c => c.At <= end && HubSpotCallKinds.IsWindowed(c.Path) && !HubSpotCallKinds.IsSchema(c.Path)).ToList();
        var accepted = written.Where(c => c.Status is >= 200 and < 300).ToList();
        var first = accepted.Count > 0 ? accepted.Min(c => c.At) : end;
        return new BacklogDrain(orders, peak, first - released, end - released, accepted.Sum(c => (long)c.Inputs), accepted.Count,
            written.Count(c => c.Status == 429), drained is not null, requestsPer10Seconds * BacklogEfficiency.FullBatch / 10.0);
    }

    private HttpRequestMessage Delivery(long n)
    {
        var request = ShopifyOrderDeliveries.Delivery(n, ShopifyOrderDeliveries.OrderBody(n));
        request.RequestUri = new Uri(gateway, $"webhooks/shopify/{ShopifyOrderDeliveries.Store}");
        return request;
    }

    /// <summary>Built: every delivery handed to its grain and the portal's queue the same for three samples (1.5 s).</summary>
    private async Task WaitUntilBuiltAsync(Stopwatch clock, CancellationToken cancellationToken)
    {
        var (last, steady) = (-1, 0);
        while (clock.Elapsed < bound / 2 && steady < 3)
        {
            await Task.Delay(500, cancellationToken);
            if (probe.Latest is not { } now)
            {
                continue;
            }

            var queued = now.Queued + now.InFlight;
            steady = now.PendingDeliveries == 0 && queued == last ? steady + 1 : 0;
            last = queued;
        }
    }

    /// <summary>When a sample taken after the release first showed less than one batch queued or in flight; null at the bound.</summary>
    private async Task<DateTimeOffset?> WaitUntilDrainedAsync(DateTimeOffset released, Stopwatch clock, CancellationToken cancellationToken)
    {
        while (clock.Elapsed < bound)
        {
            if (probe.Latest is { } now && now.At > released && now.Queued + now.InFlight < BacklogEfficiency.FullBatch)
            {
                return now.At;
            }

            await Task.Delay(100, cancellationToken);
        }

        return null;
    }
}
